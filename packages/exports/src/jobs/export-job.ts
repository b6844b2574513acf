// An export as a background job, for sets too large to stream in one request: started with its
// file's heading written, then filled page by page from the job's cursor (a page and its cursor in
// one transaction), and the file completed after the last page. Each step is safe to retry.
import type { Client } from '@temporalio/client';
import {
  advanceExport,
  appendFileChunk,
  completeStoredFile,
  countCustomersToExport,
  createExport,
  createStoredFile,
  findExport,
  finishExport,
  getSegment,
  readCustomerExportPage,
  type CustomerExport,
  type Db,
} from '@wayfarer/db';
import {
  CUSTOMER_EXPORT_WORKFLOW,
  customerExportWorkflowId,
  maintenanceTaskQueue,
  type CustomerExportWorkflow,
  type ExportProgress,
} from '@wayfarer/workflows';
import {
  customersCsvHeading,
  customersCsvPage,
  customersExportSchema,
  EXPORT_PAGE_SIZE,
  type CustomersExport,
} from '../customers-csv';

export interface ExportJobDeps {
  db: Db;
  temporal: Client;
  /** The journey task queue; exports run on its maintenance queue. */
  taskQueue: string;
}

/** `unknown_export`: the job's row is gone; `export_ended`: it completed or failed, nothing to stop. */
export type ExportJobErrorCode = 'unknown_export' | 'export_ended';

export class ExportJobError extends Error {
  constructor(
    readonly code: ExportJobErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportJobError';
  }
}

const vanished = (exportId: string) => new ExportJobError('unknown_export', `Export ${exportId} no longer exists.`);

export function toExportProgress(row: CustomerExport): ExportProgress {
  return { status: row.status, total: row.total, exported: row.exported };
}

/** Checks the segment, writes the file's heading, records the job and starts its workflow. */
export async function startExport(
  deps: ExportJobDeps,
  input: CustomersExport & { workspaceId: string },
): Promise<CustomerExport> {
  const segmentId = input.segmentId ?? null;
  if (segmentId !== null) await getSegment(deps.db, input.workspaceId, segmentId);
  const total = await countCustomersToExport(deps.db, { workspaceId: input.workspaceId, segmentId });
  const name = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
  const job = await deps.db.transaction().execute(async (trx) => {
    const file = await createStoredFile(trx, { workspaceId: input.workspaceId, purpose: 'export', name });
    await appendFileChunk(trx, file.id, Buffer.from(customersCsvHeading(input.columns)));
    return createExport(trx, {
      workspaceId: input.workspaceId,
      segmentId,
      columns: input.columns,
      fileId: file.id,
      total,
    });
  });
  try {
    await deps.temporal.workflow.start<CustomerExportWorkflow>(CUSTOMER_EXPORT_WORKFLOW, {
      taskQueue: maintenanceTaskQueue(deps.taskQueue),
      workflowId: customerExportWorkflowId(job.id),
      args: [{ exportId: job.id }],
    });
  } catch (error) {
    // Without its workflow the export would say running for ever.
    await finishExport(deps.db, { exportId: job.id, status: 'failed', error: 'The export could not be started.' });
    throw error;
  }
  return job;
}

/**
 * Writes pages after the job's cursor until the customers run out (then completes the file and the
 * job), the job stops running, or the budget is spent. `done` once the job has ended.
 */
export async function exportRowsSlice(
  db: Db,
  exportId: string,
  options: { budgetMs: number; onPage?: (progress: ExportProgress) => void; pageSize?: number },
): Promise<{ progress: ExportProgress; done: boolean }> {
  const load = async () => {
    const row = await findExport(db, exportId);
    if (row === undefined) throw vanished(exportId);
    return row;
  };
  let row = await load();
  const spec = customersExportSchema.parse({ columns: row.columns, segmentId: row.segmentId ?? undefined });
  const started = Date.now();
  while (row.status === 'running') {
    const page = await readCustomerExportPage(db, {
      workspaceId: row.workspaceId,
      ...(spec.segmentId === undefined ? {} : { segmentId: spec.segmentId }),
      ...(row.cursor === null ? {} : { after: row.cursor }),
      limit: options.pageSize ?? EXPORT_PAGE_SIZE,
    });
    const last = page.at(-1);
    if (last === undefined) {
      await completeStoredFile(db, row.fileId);
      row = (await finishExport(db, { exportId, status: 'completed' })) ?? (await load());
      break;
    }
    const from = row;
    const advanced = await db.transaction().execute(async (trx) => {
      const moved = await advanceExport(trx, {
        exportId,
        fromCursor: from.cursor,
        toCursor: last.id,
        exported: page.length,
      });
      // Written by another try meanwhile (or the job ended): this page is not added.
      if (moved !== undefined)
        await appendFileChunk(trx, from.fileId, Buffer.from(customersCsvPage(spec.columns, page)));
      return moved;
    });
    if (advanced === undefined) return { progress: toExportProgress(await load()), done: false };
    row = advanced;
    options.onPage?.(toExportProgress(row));
    if (Date.now() - started >= options.budgetMs) return { progress: toExportProgress(row), done: false };
  }
  return { progress: toExportProgress(row), done: true };
}

/** Marks the export failed with a reason; an ended export keeps its outcome. */
export async function failExportJob(db: Db, exportId: string, error: string): Promise<ExportProgress> {
  const row = (await finishExport(db, { exportId, status: 'failed', error })) ?? (await findExport(db, exportId));
  if (row === undefined) throw vanished(exportId);
  return toExportProgress(row);
}
