// @wayfarer/imports/jobs: running an import job against Postgres — begin, import rows in batches
// from the job's cursor, finish — for the worker's activities; and the job's progress.
export {
  mapImportBatch,
  writeImportBatch,
  IMPORT_TAG_SOURCE,
  type BatchOutcome,
  type MappedBatch,
} from './jobs/write-batch';
export {
  beginImportJob,
  failImportJob,
  finishImportJob,
  importRowsSlice,
  IMPORT_BATCH_ROWS,
  type SliceOptions,
} from './jobs/run-import';
export { toImportProgress, loadTierOptions, type ImportJob, type ImportProgress } from './jobs/import-job';
export { ImportJobError, readFileHeader } from './jobs/load-job';
export { openingBalanceKey } from './jobs/fold-records';
export { previewImport, startImport, changeImport, PREVIEW_ROWS, type StartImportInput } from './jobs/control';
export { rejectedRowsCsv } from './jobs/rejected-rows-csv';
