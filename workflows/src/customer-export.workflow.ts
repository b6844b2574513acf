// The customer-export workflow: writes an export's file slice by slice until its last page. The
// job's row holds the durable cursor; a worker that dies mid-page loses only that uncommitted page,
// which the retried slice writes again.
import {
  ActivityFailure,
  ApplicationFailure,
  continueAsNew,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import {
  EXPORT_SLICES_PER_RUN,
  type CustomerExportActivities,
  type CustomerExportInput,
  type CustomerExportWorkflow,
  type ExportProgress,
} from './customer-export.contract';

// Transient failures (database down) are retried until they clear; permanent ones fail the export.
const { exportCustomerRows, failCustomerExport } = proxyActivities<CustomerExportActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Runs one export to its end (completed or failed), continuing as new every N slices. */
export async function customerExport(input: CustomerExportInput): Promise<ExportProgress> {
  try {
    for (let slice = 0; ; slice++) {
      if (slice > 0 && (slice >= EXPORT_SLICES_PER_RUN || workflowInfo().continueAsNewSuggested)) {
        return await continueAsNew<CustomerExportWorkflow>(input);
      }
      const result = await exportCustomerRows({ exportId: input.exportId });
      if (result.done) return result.progress;
    }
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause instanceof ApplicationFailure ? error.cause.message : error.message;
    return failCustomerExport({ exportId: input.exportId, error: cause });
  }
}
