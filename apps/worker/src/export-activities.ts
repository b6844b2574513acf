// The customer-export workflow's activities: thin wiring of @wayfarer/exports/jobs to Temporal
// (heartbeats after every page; a vanished export or a bad stored spec as a non-retryable failure).
import { heartbeat } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Db } from '@wayfarer/db';
import { exportRowsSlice, ExportJobError, failExportJob } from '@wayfarer/exports/jobs';
import type { CustomerExportActivities } from '@wayfarer/workflows';
import { ZodError } from 'zod';

/** How long one `exportCustomerRows` call writes pages before the workflow checks in. */
export const EXPORT_SLICE_BUDGET_MS = 60_000;

export function createExportActivities(deps: { db: Db }): CustomerExportActivities {
  return {
    exportCustomerRows: async ({ exportId }) => {
      try {
        return await exportRowsSlice(deps.db, exportId, {
          budgetMs: EXPORT_SLICE_BUDGET_MS,
          onPage: (progress) => heartbeat(progress),
        });
      } catch (error) {
        if (error instanceof ExportJobError) throw ApplicationFailure.nonRetryable(error.message, error.code);
        if (error instanceof ZodError)
          throw ApplicationFailure.nonRetryable('The export names unknown columns.', 'invalid_export');
        throw error;
      }
    },
    failCustomerExport: ({ exportId, error }) => failExportJob(deps.db, exportId, error),
  };
}
