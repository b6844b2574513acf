// An export job as the API returns it (dates as ISO strings: JSON has no Date).
import type { CustomerExport, ExportStatus } from '@wayfarer/db';

export interface ExportView {
  id: string;
  status: ExportStatus;
  segmentId: string | null;
  columns: string[];
  /** Customers the export writes (counted when it started). */
  total: number | null;
  exported: number;
  error: string | null;
  /** Where the finished file is downloaded (with the same key or session); null until completed. */
  downloadPath: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function toExportView(row: CustomerExport): ExportView {
  return {
    id: row.id,
    status: row.status,
    segmentId: row.segmentId,
    columns: row.columns,
    total: row.total,
    exported: row.exported,
    error: row.error,
    downloadPath: row.status === 'completed' ? `/v1/exports/${row.id}/file.csv` : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt === null ? null : row.finishedAt.toISOString(),
  };
}
