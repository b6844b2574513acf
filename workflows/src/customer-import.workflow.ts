// The customer-import workflow: paces an import job through its file, slice by slice, obeying
// pause, resume and cancel between slices. The job's row holds the durable cursor; a worker that
// dies mid-batch loses only that uncommitted batch, which the retried slice writes again.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  proxyActivities,
  setHandler,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import {
  CANCEL_IMPORT_SIGNAL,
  IMPORT_PROGRESS_QUERY,
  IMPORT_SLICES_PER_RUN,
  PAUSE_IMPORT_SIGNAL,
  RESUME_IMPORT_SIGNAL,
  type CustomerImportActivities,
  type CustomerImportInput,
  type CustomerImportWorkflow,
  type ImportProgress,
} from './customer-import.contract';

export const pauseImportSignal = defineSignal(PAUSE_IMPORT_SIGNAL);
export const resumeImportSignal = defineSignal(RESUME_IMPORT_SIGNAL);
export const cancelImportSignal = defineSignal(CANCEL_IMPORT_SIGNAL);
export const importProgressQuery = defineQuery<ImportProgress>(IMPORT_PROGRESS_QUERY);

// Transient failures (database down) are retried until they clear; permanent ones fail the import.
const retry: RetryPolicy = { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' };

const { beginCustomerImport, finishCustomerImport, failCustomerImport } = proxyActivities<CustomerImportActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry,
});

// A slice heartbeats after every batch, so a dead worker is noticed within seconds.
const { importCustomerRows } = proxyActivities<CustomerImportActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry,
});

const queued: ImportProgress = {
  status: 'queued',
  totalRows: null,
  processed: 0,
  imported: 0,
  created: 0,
  rejected: 0,
};

/** Runs one import to its end (completed, cancelled or failed), continuing as new every N slices. */
export async function customerImport(input: CustomerImportInput): Promise<ImportProgress> {
  let progress = input.resume?.progress ?? queued;
  let paused = false;
  let cancelled = false;
  setHandler(pauseImportSignal, () => void (paused = true));
  setHandler(resumeImportSignal, () => void (paused = false));
  setHandler(cancelImportSignal, () => void (cancelled = true));
  setHandler(importProgressQuery, () => progress);
  try {
    if (input.resume === undefined) progress = await beginCustomerImport({ importId: input.importId });
    for (let slice = 0; ; slice++) {
      if (cancelled || progress.status === 'cancelled' || progress.status === 'failed') return progress;
      if (paused || progress.status === 'paused') {
        // The row says paused until the API resumes it (and signals); a cancel also wakes us.
        await condition(() => !paused || cancelled);
        progress = { ...progress, status: cancelled ? 'cancelled' : 'running' };
        continue;
      }
      if (slice > 0 && (slice >= IMPORT_SLICES_PER_RUN || workflowInfo().continueAsNewSuggested)) {
        return await continueAsNew<CustomerImportWorkflow>({ importId: input.importId, resume: { progress } });
      }
      const result = await importCustomerRows({ importId: input.importId });
      progress = result.progress;
      if (result.done) return (progress = await finishCustomerImport({ importId: input.importId }));
    }
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause instanceof ApplicationFailure ? error.cause.message : error.message;
    return (progress = await failCustomerImport({ importId: input.importId, error: cause }));
  }
}
