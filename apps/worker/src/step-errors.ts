import { ApplicationFailure } from '@temporalio/common';
import { StepFailure } from '@wayfarer/nodes/runtime';

/**
 * A step that can never succeed however often it is retried (its node type or customer is gone,
 * it returned a port the node does not have). Transient errors are thrown as they are and retried.
 */
export function permanentStepFailure(
  code:
    | 'unknown_step'
    | 'unknown_enrollment'
    | 'missing_runtime'
    | 'unknown_customer'
    | 'invalid_port'
    | 'config_not_migratable',
  message: string,
): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, code);
}

/**
 * The one place a node's StepFailure becomes Temporal's: a non-retryable one ends the activity (the
 * workflow takes the step's failure path), a retryable one is retried with its code as the type.
 */
export function activityFailureOf(error: unknown): unknown {
  if (!(error instanceof StepFailure)) return error;
  return error.retryable
    ? ApplicationFailure.retryable(error.message, error.code)
    : ApplicationFailure.nonRetryable(error.message, error.code);
}
