// The three steps of an import job, each safe to retry: begin (count the rows), import rows from
// the cursor for a while, finish (list replace, segment refresh). The job's row holds the cursor.
import {
  beginImport,
  finishImport,
  listActiveSegmentRecords,
  readStoredFile,
  removeListMembersNotIn,
} from '@wayfarer/db';
import { refreshSegment, routePendingSegmentFacts, type RoutingDeps } from '@wayfarer/routing';
import { countUnquotedRows } from '../files/count-rows';
import { readCsvRows, type CsvRow } from '../files/csv-rows';
import { toImportProgress, type ImportJob, type ImportProgress } from './import-job';
import { loadImportJob, loadImportRow, readFileHeader } from './load-job';
import { writeBatches } from './batch-pipeline';
import { mapImportBatch, type MappedBatch } from './write-batch';

/** Rows written per transaction. */
export const IMPORT_BATCH_ROWS = 1000;

export interface SliceOptions {
  /** Stop starting new batches after this long (the workflow then checks for pause and cancel). */
  budgetMs: number;
  /** Called after each committed batch (an activity heartbeat). */
  onBatch?: (progress: ImportProgress) => void;
  batchRows?: number;
}

async function parsedRows(deps: RoutingDeps, fileId: string): Promise<number> {
  let last = 1;
  for await (const csvRow of readCsvRows(readStoredFile(deps.db, fileId))) last = csvRow.row;
  return last;
}

/** Counts the file's rows and marks the job running with its cursor after the header; a repeat changes nothing. */
export async function beginImportJob(deps: RoutingDeps, importId: string): Promise<ImportProgress> {
  const row = await loadImportRow(deps.db, importId);
  if (row.status !== 'queued') return toImportProgress(row);
  const { endByte } = await readFileHeader(deps.db, row.fileId);
  const counted = await countUnquotedRows(readStoredFile(deps.db, row.fileId));
  const last = Math.max(1, counted ?? (await parsedRows(deps, row.fileId)));
  await deps.db
    .updateTable('customerImports')
    .set({ cursorRow: 1, cursorByte: String(endByte) })
    .where('id', '=', importId)
    .where('status', '=', 'queued')
    .execute();
  return toImportProgress((await beginImport(deps.db, importId, last - 1)) ?? row);
}

/** The rows as mapped batches of `size`. */
async function* mappedBatches(job: ImportJob, rows: AsyncIterable<CsvRow>, size: number): AsyncGenerator<MappedBatch> {
  let batch: CsvRow[] = [];
  for await (const csvRow of rows) {
    batch.push(csvRow);
    if (batch.length < size) continue;
    yield mapImportBatch(job, batch);
    batch = [];
  }
  if (batch.length > 0) yield mapImportBatch(job, batch);
}

/**
 * Imports rows after the job's cursor, a batch per transaction, until the file ends, the job is
 * no longer running, or the budget is spent. `done` is true when the file has no rows left.
 * The next batch is read and mapped while one is written: the worker's CPU work overlaps
 * Postgres's instead of adding to it (batches are still written one after another, in order).
 */
export async function importRowsSlice(
  deps: RoutingDeps,
  importId: string,
  options: SliceOptions,
): Promise<{ progress: ImportProgress; done: boolean }> {
  let row = await loadImportRow(deps.db, importId);
  if (row.status !== 'running') return { progress: toImportProgress(row), done: false };
  const job = await loadImportJob(deps.db, row);
  const started = Date.now();
  const rows = readCsvRows(readStoredFile(deps.db, row.fileId, Number(row.cursorByte)), {
    startByte: Number(row.cursorByte),
    startRow: row.cursorRow + 1,
  });
  const batches = readAhead(mappedBatches(job, rows, options.batchRows ?? IMPORT_BATCH_ROWS));
  const done = await writeBatches(deps, job, row.cursorRow, batches, async (committed) => {
    row = committed.row;
    if (committed.listChanged.length > 0) await routePendingSegmentFacts(deps, job.workspaceId, committed.listChanged);
    options.onBatch?.(toImportProgress(row));
    return Date.now() - started < options.budgetMs;
  });
  return done ? { progress: toImportProgress(row), done: true } : await stopped(deps, importId);
}

/**
 * The next batch read and mapped while one is written: the worker's CPU work overlaps Postgres's.
 * A slice that stops early leaves the read-ahead batch unwritten; the next slice reads it again.
 */
async function* readAhead(batches: AsyncGenerator<MappedBatch>): AsyncGenerator<MappedBatch> {
  let next = batches.next();
  try {
    for (let current = await next; current.done !== true; current = await next) {
      next = batches.next();
      yield current.value;
    }
  } finally {
    await next.catch(() => undefined);
    await batches.return(undefined);
  }
}

async function stopped(deps: RoutingDeps, importId: string) {
  return { progress: toImportProgress(await loadImportRow(deps.db, importId)), done: false };
}

/**
 * Ends a job whose rows are all written: a list replace takes off the members the file did not
 * name, rule segments are refreshed (imported attributes and tags change who matches), and the job
 * is completed. Each part is idempotent, so a retried finish repeats nothing.
 */
export async function finishImportJob(
  deps: RoutingDeps,
  importId: string,
  onProgress?: () => void,
): Promise<ImportProgress> {
  const row = await loadImportRow(deps.db, importId);
  if (row.status !== 'running') return toImportProgress(row);
  const job = await loadImportJob(deps.db, row);
  const now = deps.now?.() ?? new Date();
  if (job.list !== null && job.listMode === 'replace') {
    for (;;) {
      const list = job.list;
      const left = await deps.db
        .transaction()
        .execute((trx) => removeListMembersNotIn(trx, list, importId, now, IMPORT_BATCH_ROWS));
      if (left.length === 0) break;
      await routePendingSegmentFacts(deps, job.workspaceId, left);
      onProgress?.();
    }
  }
  for (const segment of await listActiveSegmentRecords(deps.db, job.workspaceId)) {
    if (segment.kind === 'rule') await refreshSegment(deps, segment.id);
    onProgress?.();
  }
  return toImportProgress((await finishImport(deps.db, { importId, status: 'completed' })) ?? row);
}

/** Marks the job failed with a reason a marketer can read; a finished job keeps its outcome. */
export async function failImportJob(deps: RoutingDeps, importId: string, error: string): Promise<ImportProgress> {
  const row = await finishImport(deps.db, { importId, status: 'failed', error });
  return toImportProgress(row ?? (await loadImportRow(deps.db, importId)));
}
