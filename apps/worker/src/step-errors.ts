import { ApplicationFailure } from '@temporalio/common';

/**
 * A step that can never succeed however often it is retried (its node type or customer is gone,
 * it returned a port the node does not have). Transient errors are thrown as they are and retried.
 */
export function permanentStepFailure(
  code: 'unknown_step' | 'unknown_enrollment' | 'missing_runtime' | 'unknown_customer' | 'invalid_port',
  message: string,
): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, code);
}
