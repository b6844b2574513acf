// Providers without an idempotency key (Messenger's Send API, WeChat's message APIs): a request that
// may have reached the provider is never repeated, so its outcome is recorded as `unknown_outcome`
// instead of being retried — the pattern of LINE replies (line-reply.ts). Only answers that say the
// provider did not take the message stay retryable: 429 and 5xx (the provider's error answer), and
// failures before the request left (refused by the outbound policy, TLS).
import type { DeliveryFailed } from './types';

/** The same failure when retrying it is safe, else `unknown_outcome` (final). */
export function unlessMaybeDelivered(failure: DeliveryFailed): DeliveryFailed {
  if (!failure.retryable) return failure;
  const status = failure.providerStatus;
  if (status !== undefined && (status === 429 || status >= 500)) return failure;
  return unconfirmed(`maybe_delivered_${failure.detail}`);
}

/** A final `unknown_outcome`: the provider may have the message; `detail` is a classified reason. */
export function unconfirmed(detail: string): DeliveryFailed {
  return { status: 'failed', retryable: false, code: 'unknown_outcome', detail };
}
