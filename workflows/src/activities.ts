// Activity proxies. Only types of the activities are imported: their code runs in the worker.
import { proxyActivities, proxyLocalActivities, type RetryPolicy } from '@temporalio/workflow';
import type { JourneyActivities } from './contract';

// No maximumAttempts: a transient failure (database down, deploy in progress) is retried until it
// clears, so a customer is never dropped for it. Permanent failures are thrown by the activities as
// non-retryable ApplicationFailures and reach the interpreter as ActivityFailure.
const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' };

/** Loading an immutable version is cheap and cached by the worker, so it runs as a local activity. */
export const { loadJourneyVersion } = proxyLocalActivities<Pick<JourneyActivities, 'loadJourneyVersion'>>({
  startToCloseTimeout: '30 seconds',
  retry,
});

const writes = { startToCloseTimeout: '1 minute', retry } as const;

/** Everything that writes: each call carries a key that makes a retry a no-op. */
export const { runStep, recordSteps, recordGoal, finishEnrollment } =
  proxyActivities<Omit<JourneyActivities, 'loadJourneyVersion'>>(writes);

/** The step activity on another task queue (a send on its channel's queue). */
export function runStepOn(taskQueue: string): JourneyActivities['runStep'] {
  return proxyActivities<Pick<JourneyActivities, 'runStep'>>({ ...writes, taskQueue }).runStep;
}
