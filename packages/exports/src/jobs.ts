// @wayfarer/exports/jobs: an export as a background job (a Temporal workflow writes its file page
// by page into storage) for sets too large for one streamed request.
export {
  exportRowsSlice,
  ExportJobError,
  failExportJob,
  startExport,
  toExportProgress,
  type ExportJobDeps,
  type ExportJobErrorCode,
} from './jobs/export-job';
export { cancelExport } from './jobs/cancel-export';
