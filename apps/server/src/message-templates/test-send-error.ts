/** Why a test send was refused before it started; translated to tRPC codes in error-translation.ts. */
export class TestSendError extends Error {
  constructor(
    readonly code: 'test_send_rate_limited' | 'worker_unreachable',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'TestSendError';
  }
}
