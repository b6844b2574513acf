import { ActivityFailure, log } from '@temporalio/workflow';
import { recordSteps } from './activities';
import type { RunContext } from './run-context';

/**
 * Writes the pending step events now. A permanent failure is logged and the records stay pending,
 * so finishEnrollment still writes them: analytics lagging is better than a customer stuck.
 */
export async function flushTrail({ input, trail }: RunContext): Promise<void> {
  const records = trail.pending();
  if (records.length === 0) return;
  try {
    await recordSteps({ enrollmentId: input.enrollmentId, journeyVersionId: input.journeyVersionId, trail: records });
    trail.commit(records);
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    log.warn('recordSteps failed permanently; step events stay pending', { error });
  }
}
