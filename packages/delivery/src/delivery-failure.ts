import { ApplicationFailure } from '@temporalio/common';
import type { DeliveryFailed } from '@wayfarer/channels';

/**
 * A provider failure worth retrying (5xx, 429, timeouts): thrown from the step so Temporal retries
 * the activity, after the provider's Retry-After when it gave one.
 */
export function retryableDeliveryFailure(failure: DeliveryFailed): ApplicationFailure {
  return ApplicationFailure.create({
    message: `Delivery failed for now (${failure.code}): ${failure.detail}`,
    type: `delivery_${failure.code}`,
    nonRetryable: false,
    ...(failure.retryAfterMs === undefined ? {} : { nextRetryDelay: failure.retryAfterMs }),
  });
}
