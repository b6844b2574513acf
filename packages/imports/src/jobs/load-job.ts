// Reading an import job back from its row: the stored mapping re-parsed, the file's header read.
import { findImport, getList, readStoredFile, type CustomerImport, type Db } from '@wayfarer/db';
import { readCsvRows } from '../files/csv-rows';
import { readHeader } from '../files/header';
import { importMappingSchema } from '../mapping/mapping.schema';
import { loadTierOptions, type ImportJob } from './import-job';

export class ImportJobError extends Error {
  constructor(
    readonly code: 'unknown_import' | 'invalid_file',
    message: string,
  ) {
    super(message);
    this.name = 'ImportJobError';
  }
}

export async function loadImportRow(db: Db, importId: string): Promise<CustomerImport> {
  const row = await findImport(db, importId);
  if (!row) throw new ImportJobError('unknown_import', `Import ${importId} no longer exists.`);
  return row;
}

/** The file's header row and the byte after it. */
export async function readFileHeader(db: Db, fileId: string): Promise<{ header: string[]; endByte: number }> {
  for await (const first of readCsvRows(readStoredFile(db, fileId))) {
    return { header: readHeader(first.cells), endByte: first.endByte };
  }
  return { header: readHeader(undefined), endByte: 0 };
}

export async function loadImportJob(db: Db, row: CustomerImport): Promise<ImportJob> {
  const { header } = await readFileHeader(db, row.fileId);
  return {
    importId: row.id,
    workspaceId: row.workspaceId,
    fileId: row.fileId,
    header,
    mapping: importMappingSchema.parse(row.mapping),
    tiers: await loadTierOptions(db, row.workspaceId),
    list: row.listId === null ? null : await getList(db, row.workspaceId, row.listId),
    listMode: row.listMode,
  };
}
