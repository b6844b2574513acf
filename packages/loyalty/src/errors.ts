/**
 * A loyalty call that can never succeed as asked (a missing pool, an invalid definition): callers
 * treat it as permanent. Expected business outcomes (out of stock, limit reached) are result values.
 */
export class LoyaltyError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid_input',
    message: string,
  ) {
    super(message);
    this.name = 'LoyaltyError';
  }
}
