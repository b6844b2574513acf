// The customer-import workflow's activities: thin wiring of @wayfarer/imports/jobs to Temporal
// (heartbeats after every batch; permanent problems as non-retryable failures with their reason).
import { heartbeat } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { DataError } from '@wayfarer/db';
import { FileFormatError } from '@wayfarer/imports/files';
import {
  beginImportJob,
  failImportJob,
  finishImportJob,
  ImportJobError,
  importRowsSlice,
} from '@wayfarer/imports/jobs';
import type { RoutingDeps } from '@wayfarer/routing';
import type { CustomerImportActivities } from '@wayfarer/workflows';

/** How long one `importCustomerRows` call writes batches before the workflow checks in. */
export const IMPORT_SLICE_BUDGET_MS = 60_000;

// A vanished import, a file that is not what it was, an archived list: retrying cannot help.
async function permanentAsFailure<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportJobError || error instanceof FileFormatError || error instanceof DataError) {
      throw ApplicationFailure.nonRetryable(error.message, error.code);
    }
    throw error;
  }
}

export function createImportActivities(
  deps: RoutingDeps,
  options: { sliceBudgetMs?: number } = {},
): CustomerImportActivities {
  return {
    beginCustomerImport: ({ importId }) => permanentAsFailure(() => beginImportJob(deps, importId)),
    importCustomerRows: ({ importId }) =>
      permanentAsFailure(() =>
        importRowsSlice(deps, importId, {
          budgetMs: options.sliceBudgetMs ?? IMPORT_SLICE_BUDGET_MS,
          onBatch: (progress) => heartbeat(progress),
        }),
      ),
    finishCustomerImport: ({ importId }) =>
      permanentAsFailure(() => finishImportJob(deps, importId, () => heartbeat())),
    failCustomerImport: ({ importId, error }) => failImportJob(deps, importId, error),
  };
}
