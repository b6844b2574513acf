/**
 * A step that cannot finish, thrown by a runtime or a service. `retryable: false` ends the step at
 * once (the customer leaves by its failure path with `code` as the reason); `retryable: true`
 * asks the host to try the whole step again later with the same idempotency key.
 */
export class StepFailure extends Error {
  readonly retryable: boolean;

  constructor(
    /** Stable and machine-readable: `crm_unauthorized`, `secret_missing`. */
    readonly code: string,
    message: string,
    options: { retryable: boolean; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StepFailure';
    this.retryable = options.retryable;
  }
}
