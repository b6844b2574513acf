// The contract between the customer-export workflow, its activities (in the worker) and the server
// that starts and watches it. Types and names only: the sandbox imports it.

/** Workflow type name of a customer export. */
export const CUSTOMER_EXPORT_WORKFLOW = 'customerExport';
/** Slices per workflow run before it continues as new. */
export const EXPORT_SLICES_PER_RUN = 200;

/** One workflow per export. */
export function customerExportWorkflowId(exportId: string): string {
  return `customer-export:${exportId}`;
}

export type ExportRunStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export interface ExportProgress {
  status: ExportRunStatus;
  /** Customers the export will write (counted when it started). */
  total: number | null;
  exported: number;
}

export interface CustomerExportInput {
  exportId: string;
}

/** Activities of the export workflow; each is safe to retry (the row's cursor makes it so). */
export interface CustomerExportActivities {
  /** Writes pages from the cursor for up to a minute; `done` once the export has ended. */
  exportCustomerRows(input: { exportId: string }): Promise<{ progress: ExportProgress; done: boolean }>;
  /** Marks the export failed with a reason; an ended export keeps its outcome. */
  failCustomerExport(input: { exportId: string; error: string }): Promise<ExportProgress>;
}

export type CustomerExportWorkflow = (input: CustomerExportInput) => Promise<ExportProgress>;
