// An import as the API returns it (dates as ISO strings: JSON has no Date).
import type { CustomerImportListing, ImportStatus, ListMode } from '@wayfarer/db';

export interface ImportView {
  id: string;
  fileName: string;
  status: ImportStatus;
  /** Data rows in the file; null until the import begins. */
  totalRows: number | null;
  processed: number;
  /** Rows written (new and existing customers). */
  imported: number;
  /** Customers the import created. */
  created: number;
  rejected: number;
  list: { id: string; name: string; mode: ListMode } | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function toImportView(row: CustomerImportListing): ImportView {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    totalRows: row.totalRows,
    processed: row.processed,
    imported: row.imported,
    created: row.created,
    rejected: row.rejected,
    list:
      row.listId === null || row.listMode === null
        ? null
        : { id: row.listId, name: row.listName ?? '', mode: row.listMode },
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}
