// Activity proxies. Only types of the activities are imported: their code runs in the worker.
import { proxyActivities, proxyLocalActivities, type RetryPolicy } from '@temporalio/workflow';
import { STEP_RETRY_BUDGET, type JourneyActivities } from './contract';

// The enrollment's own bookkeeping (loading its version, writing its step events, goal and end) has
// no maximumAttempts: a transient failure (database down, deploy in progress) is retried until it
// clears, so an enrollment is never left unrecorded for it. Permanent failures are thrown by the
// activities as non-retryable ApplicationFailures and reach the interpreter as ActivityFailure.
const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' };

/** Loading an immutable version is cheap and cached by the worker, so it runs as a local activity. */
export const { loadJourneyVersion } = proxyLocalActivities<Pick<JourneyActivities, 'loadJourneyVersion'>>({
  startToCloseTimeout: '30 seconds',
  retry,
});

/** A step's side effects, keyed so a retry is a no-op; retried within the step's budget. */
const stepOptions = {
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: STEP_RETRY_BUDGET.scheduleToClose,
  retry: { ...retry, maximumAttempts: STEP_RETRY_BUDGET.maximumAttempts },
} as const;

export const { runStep } = proxyActivities<Pick<JourneyActivities, 'runStep'>>(stepOptions);

/** The step activity on another task queue (a send on its channel's queue). */
export function runStepOn(taskQueue: string): JourneyActivities['runStep'] {
  return proxyActivities<Pick<JourneyActivities, 'runStep'>>({ ...stepOptions, taskQueue }).runStep;
}

/** The enrollment's records: each call carries a key that makes a retry a no-op. */
export const { recordSteps, recordGoal, finishEnrollment } = proxyActivities<
  Pick<JourneyActivities, 'recordSteps' | 'recordGoal' | 'finishEnrollment'>
>({
  startToCloseTimeout: '1 minute',
  retry,
});
