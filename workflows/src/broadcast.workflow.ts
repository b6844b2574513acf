// The broadcast workflow: enters a segment's members into a journey in batches, at a set rate,
// optionally from a scheduled time, or in waves at the same local time in each member's time zone. The broadcast row holds the durable cursor; this workflow only
// paces the batches, so a retried batch or a restarted worker resumes from the row, never twice.
import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  isCancellation,
  proxyActivities,
  setHandler,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import {
  BROADCAST_PROGRESS_QUERY,
  CANCEL_BROADCAST_SIGNAL,
  DEFAULT_BATCHES_PER_RUN,
  type BroadcastActivities,
  type BroadcastProgress,
  type BroadcastWorkflow,
  type BroadcastWorkflowInput,
} from './broadcast-contract';

/** Stops the broadcast before its next batch. */
export const cancelBroadcastSignal = defineSignal(CANCEL_BROADCAST_SIGNAL);
/** The progress as this workflow last recorded it. */
export const broadcastProgressQuery = defineQuery<BroadcastProgress>(BROADCAST_PROGRESS_QUERY);

// Transient failures (database, Temporal unavailable) are retried until they clear: members not
// yet reached are never dropped. Permanent ones are non-retryable and fail the broadcast.
const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };

const { beginBroadcast, finishBroadcast } = proxyActivities<BroadcastActivities>({
  startToCloseTimeout: '1 minute',
  retry,
});

// A batch heartbeats as it goes, so a worker that dies mid-batch is noticed within seconds and the
// batch is retried elsewhere; the retry skips the members the first try entered.
const { enrollBroadcastBatch } = proxyActivities<BroadcastActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '20 seconds',
  retry,
});

const initialProgress: BroadcastProgress = { status: 'scheduled', total: null, enrolled: 0, skipped: 0, cursor: null };

/** Runs one broadcast to its end (completed, cancelled or failed), continuing as new every N batches. */
export async function broadcast(input: BroadcastWorkflowInput): Promise<BroadcastProgress> {
  let cancelRequested = false;
  let progress = input.resume?.progress ?? initialProgress;
  setHandler(cancelBroadcastSignal, () => {
    cancelRequested = true;
  });
  setHandler(broadcastProgressQuery, () => progress);
  const cancelled = () => cancelRequested;
  const end = async (status: 'cancelled' | 'failed', error?: string) =>
    finishBroadcast({ broadcastId: input.broadcastId, status, ...(error === undefined ? {} : { error }) });

  try {
    let ratePerSecond = input.resume?.ratePerSecond ?? 1;
    if (input.resume === undefined) {
      // A durable timer: a scheduled broadcast survives worker restarts and deploys while it waits.
      const untilStart = Date.parse(input.scheduledAt) - Date.now();
      if (untilStart > 0) await condition(cancelled, untilStart);
      if (cancelRequested) return (progress = await end('cancelled'));
      ({ progress, ratePerSecond } = await beginBroadcast({ broadcastId: input.broadcastId }));
    }
    const batchesPerRun = input.batchesPerRun ?? DEFAULT_BATCHES_PER_RUN;
    for (let batch = 0; ; batch++) {
      // Completed by its last batch, or cancelled through the API (the row says so).
      if (progress.status !== 'running') return progress;
      if (cancelRequested) return (progress = await end('cancelled'));
      // At least one batch a run, so a run told to continue at once still makes progress.
      if (batch > 0 && (batch >= batchesPerRun || workflowInfo().continueAsNewSuggested)) {
        return await continueAsNew<BroadcastWorkflow>({ ...input, resume: { progress, ratePerSecond } });
      }
      const startedAt = Date.now();
      const result = await enrollBroadcastBatch({
        broadcastId: input.broadcastId,
        cursor: progress.cursor,
        wave: progress.wave ?? 0,
        now: startedAt,
      });
      progress = result.progress;
      if (result.waitUntil !== undefined) {
        // The next time zone's moment: a durable timer, at least a second so clocks cannot spin it.
        await condition(cancelled, Math.max(1_000, Date.parse(result.waitUntil) - Date.now()));
        continue;
      }
      // Hold the rate: a batch of n members takes at least n / rate seconds, its own time included.
      const pauseMs = (result.handled / ratePerSecond) * 1000 - (Date.now() - startedAt);
      if (progress.status === 'running' && pauseMs > 0) await condition(cancelled, pauseMs);
    }
  } catch (error) {
    // Cancelled through Temporal rather than the API: the row must not stay "running" for ever.
    if (isCancellation(error)) {
      await CancellationScope.nonCancellable(() => end('cancelled'));
      throw error;
    }
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause instanceof ApplicationFailure ? error.cause.message : error.message;
    return (progress = await end('failed', cause));
  }
}
