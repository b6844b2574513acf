import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 0019-imports; merged into `Database` in schema.ts.
// Column names are camelCase here and snake_case in SQL (CamelCasePlugin).

type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** bigint columns: pg returns them as strings. */
type BigCount = ColumnType<string, number | string | undefined, number | string>;

export type StoredFilePurpose = 'import' | 'export';

/** A file kept in Postgres (uploads to import, exports to download), in chunks. */
export interface StoredFilesTable {
  id: Generated<string>;
  workspaceId: string;
  purpose: StoredFilePurpose;
  name: string;
  size: BigCount;
  completedAt: NullableTimestamp;
  createdAt: CreatedAt;
}

export interface StoredFileChunksTable {
  fileId: string;
  seq: number;
  byteOffset: BigCount;
  data: Buffer;
}

export type ImportStatus = 'queued' | 'running' | 'paused' | 'completed' | 'cancelled' | 'failed';
export type ListMode = 'append' | 'replace' | 'remove';

export interface CustomerImportsTable {
  id: Generated<string>;
  workspaceId: string;
  fileId: string;
  /** An `ImportMapping` of @wayfarer/imports. */
  mapping: Json<unknown>;
  listId: string | null;
  listMode: ListMode | null;
  status: ImportStatus;
  totalRows: number | null;
  processed: Generated<number>;
  imported: Generated<number>;
  created: Generated<number>;
  rejected: Generated<number>;
  cursorRow: Generated<number>;
  cursorByte: ColumnType<string, number | string | undefined, number | string>;
  error: string | null;
  createdAt: CreatedAt;
  startedAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
}

/** A row an import did not write, with why (`RowProblem[]`) and its cells as the file had them. */
export interface CustomerImportRejectsTable {
  importId: string;
  row: number;
  problems: Json<unknown>;
  cells: Json<string[]>;
}

export interface CustomerImportKeysTable {
  importId: string;
  key: string;
  row: number;
}

/** An import batch's identity keys (0046), each with the row that named it first, and their packed hashes. */
export interface CustomerImportKeyBatchesTable {
  importId: string;
  firstRow: number;
  keys: string[];
  rows: number[];
  hashes: Buffer;
}

export type ExportStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export interface CustomerExportsTable {
  id: Generated<string>;
  workspaceId: string;
  segmentId: string | null;
  /** Column ids of @wayfarer/exports. */
  columns: Json<string[]>;
  status: ExportStatus;
  total: number | null;
  exported: Generated<number>;
  cursor: string | null;
  fileId: string;
  error: string | null;
  createdAt: CreatedAt;
  finishedAt: NullableTimestamp;
}

export interface ImportsTables {
  storedFiles: StoredFilesTable;
  storedFileChunks: StoredFileChunksTable;
  customerImports: CustomerImportsTable;
  customerImportRejects: CustomerImportRejectsTable;
  customerImportKeys: CustomerImportKeysTable;
  customerImportKeyBatches: CustomerImportKeyBatchesTable;
  customerExports: CustomerExportsTable;
}

export type StoredFile = Selectable<StoredFilesTable>;
export type CustomerImport = Selectable<CustomerImportsTable>;
export type CustomerImportReject = Selectable<CustomerImportRejectsTable>;
export type CustomerExport = Selectable<CustomerExportsTable>;
