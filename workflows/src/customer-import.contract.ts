// The contract between the customer-import workflow, its activities (in the worker) and the server
// that starts, pauses, resumes, cancels and watches it. Types and names only: the sandbox imports it.

/** Workflow type name of a customer import. */
export const CUSTOMER_IMPORT_WORKFLOW = 'customerImport';
/** Signals: pause before the next batch, resume, cancel (the job's row already says so). */
export const PAUSE_IMPORT_SIGNAL = 'pauseImport';
export const RESUME_IMPORT_SIGNAL = 'resumeImport';
export const CANCEL_IMPORT_SIGNAL = 'cancelImport';
/** Query returning {@link ImportProgress}. */
export const IMPORT_PROGRESS_QUERY = 'importProgress';
/** Slices (each up to a minute of batches) per workflow run before it continues as new. */
export const IMPORT_SLICES_PER_RUN = 200;

/** One workflow per import: starting it twice is refused by Temporal. */
export function customerImportWorkflowId(importId: string): string {
  return `customer-import:${importId}`;
}

export type ImportRunStatus = 'queued' | 'running' | 'paused' | 'completed' | 'cancelled' | 'failed';

/** What an import has done so far, as its row records it. */
export interface ImportProgress {
  status: ImportRunStatus;
  /** Data rows in the file; null until the import begins. */
  totalRows: number | null;
  processed: number;
  imported: number;
  created: number;
  rejected: number;
}

export interface CustomerImportInput {
  importId: string;
  /** Where a continued-as-new run picks up. */
  resume?: { progress: ImportProgress };
}

/** Activities of the import workflow; each is safe to retry (the row's cursor makes it so). */
export interface CustomerImportActivities {
  /** Counts the rows; queued → running. A repeat returns the row as it stands. */
  beginCustomerImport(input: { importId: string }): Promise<ImportProgress>;
  /** Writes batches from the cursor for up to a minute; `done` once the file has no rows left. */
  importCustomerRows(input: { importId: string }): Promise<{ progress: ImportProgress; done: boolean }>;
  /** Replaces a list's leavers, refreshes segments, completes the import. */
  finishCustomerImport(input: { importId: string }): Promise<ImportProgress>;
  /** Marks the import failed with a reason; a finished import keeps its outcome. */
  failCustomerImport(input: { importId: string; error: string }): Promise<ImportProgress>;
}

export type CustomerImportWorkflow = (input: CustomerImportInput) => Promise<ImportProgress>;
