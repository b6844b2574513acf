// Import jobs: the row holds the durable cursor (last row and the byte after it) and the counts.
// A batch advances it by compare-and-set in the batch's own transaction, so a batch is written
// once however often it is tried; pause, resume and cancel are status changes the batches obey.
import { sql } from 'kysely';
import { arrayLiteral } from '../array-literal';
import type { Db } from '../connect';
import { DataError } from '../errors';
import type { CustomerImport, CustomerImportReject, ImportStatus, ListMode } from '../imports-schema';
import { toJson } from '../json';

export interface NewImport {
  workspaceId: string;
  fileId: string;
  mapping: unknown;
  listId?: string | null;
  listMode?: ListMode | null;
}

export async function createImport(db: Db, input: NewImport): Promise<CustomerImport> {
  return db
    .insertInto('customerImports')
    .values({
      workspaceId: input.workspaceId,
      fileId: input.fileId,
      mapping: toJson(input.mapping),
      listId: input.listId ?? null,
      listMode: input.listMode ?? null,
      status: 'queued',
      error: null,
      totalRows: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findImport(db: Db, importId: string): Promise<CustomerImport | undefined> {
  return db.selectFrom('customerImports').selectAll().where('id', '=', importId).executeTakeFirst();
}

/** An import with the name of its file and of its list, as lists of imports show it. */
export type CustomerImportListing = CustomerImport & { fileName: string; listName: string | null };

function listings(db: Db, workspaceId: string) {
  return db
    .selectFrom('customerImports as i')
    .innerJoin('storedFiles as f', 'f.id', 'i.fileId')
    .leftJoin('segments as s', 's.id', 'i.listId')
    .selectAll('i')
    .select(['f.name as fileName', 's.name as listName'])
    .where('i.workspaceId', '=', workspaceId);
}

/** The workspace's import; `not_found` for another workspace's. */
export async function getImport(db: Db, workspaceId: string, importId: string): Promise<CustomerImportListing> {
  const row = await listings(db, workspaceId).where('i.id', '=', importId).executeTakeFirst();
  if (!row) throw new DataError('not_found', `No import ${importId} in this workspace.`);
  return row;
}

/** The workspace's imports, newest first. */
export async function listImports(db: Db, workspaceId: string, limit: number): Promise<CustomerImportListing[]> {
  return listings(db, workspaceId).orderBy('i.createdAt', 'desc').orderBy('i.id', 'desc').limit(limit).execute();
}

/** Queued → running with the file's row count; a repeat returns the row as it stands. */
export async function beginImport(db: Db, importId: string, totalRows: number): Promise<CustomerImport | undefined> {
  await db
    .updateTable('customerImports')
    .set({ status: 'running', totalRows, startedAt: new Date() })
    .where('id', '=', importId)
    .where('status', '=', 'queued')
    .execute();
  return findImport(db, importId);
}

const transitions = {
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  cancel: { from: ['queued', 'running', 'paused'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly ImportStatus[]; to: ImportStatus }>;

/**
 * Pauses, resumes or cancels the workspace's import; undefined when its status does not allow it
 * (a finished import stays as it ended).
 */
export async function changeImportStatus(
  db: Db,
  workspaceId: string,
  importId: string,
  change: keyof typeof transitions,
): Promise<CustomerImport | undefined> {
  const { from, to } = transitions[change];
  return db
    .updateTable('customerImports')
    .set({ status: to, ...(to === 'cancelled' ? { finishedAt: new Date() } : {}) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', importId)
    .where('status', 'in', [...from])
    .returningAll()
    .executeTakeFirst();
}

export interface ImportAdvance {
  importId: string;
  /** The cursor row the batch started after; the advance fails if it moved meanwhile. */
  fromRow: number;
  toRow: number;
  toByte: number;
  processed: number;
  imported: number;
  created: number;
  rejected: number;
}

/** Moves a running import's cursor past a batch and adds its counts; undefined if it was not at `fromRow` or not running. */
export async function advanceImport(trx: Db, advance: ImportAdvance): Promise<CustomerImport | undefined> {
  return trx
    .updateTable('customerImports')
    .set((eb) => ({
      cursorRow: advance.toRow,
      cursorByte: String(advance.toByte),
      processed: eb('processed', '+', advance.processed),
      imported: eb('imported', '+', advance.imported),
      created: eb('created', '+', advance.created),
      rejected: eb('rejected', '+', advance.rejected),
    }))
    .where('id', '=', advance.importId)
    .where('cursorRow', '=', advance.fromRow)
    .where('status', '=', 'running')
    .returningAll()
    .executeTakeFirst();
}

/**
 * The transaction's commit returns before its WAL reaches the disk (synchronous_commit off): for an
 * import batch, whose cursor moves in the same commit, a commit lost to a crash is a batch written
 * again, never half of one.
 */
export async function skipCommitFlush(trx: Db): Promise<void> {
  await sql`set local synchronous_commit = off`.execute(trx);
}

/** Ends an open import; one that has ended keeps its first outcome. `completed` only from running. */
export async function finishImport(
  db: Db,
  input: { importId: string; status: 'completed' | 'failed'; error?: string },
): Promise<CustomerImport | undefined> {
  const from: ImportStatus[] = input.status === 'completed' ? ['running'] : ['queued', 'running', 'paused'];
  await db
    .updateTable('customerImports')
    .set({ status: input.status, error: input.error ?? null, finishedAt: new Date() })
    .where('id', '=', input.importId)
    .where('status', 'in', from)
    .execute();
  await db.deleteFrom('customerImportKeys').where('importId', '=', input.importId).execute();
  await db.deleteFrom('customerImportKeyBatches').where('importId', '=', input.importId).execute();
  return findImport(db, input.importId);
}

export async function insertImportRejects(
  trx: Db,
  importId: string,
  rejects: readonly { row: number; problems: unknown; cells: readonly string[] }[],
): Promise<void> {
  if (rejects.length === 0) return;
  await trx
    .insertInto('customerImportRejects')
    .values(
      rejects.map((reject) => ({
        importId,
        row: reject.row,
        problems: toJson(reject.problems),
        cells: toJson(reject.cells),
      })),
    )
    .onConflict((conflict) => conflict.columns(['importId', 'row']).doNothing())
    .execute();
}

/** The import's rejected rows in row order, `limit` after `afterRow`. */
export async function listImportRejects(
  db: Db,
  importId: string,
  page: { afterRow?: number; limit: number },
): Promise<CustomerImportReject[]> {
  let query = db.selectFrom('customerImportRejects').selectAll().where('importId', '=', importId);
  if (page.afterRow !== undefined) query = query.where('row', '>', page.afterRow);
  return query.orderBy('row').limit(page.limit).execute();
}

/**
 * Records keys (identities, customers) an import has now seen at their rows and returns, for keys
 * an earlier batch had recorded, the row that did.
 */
export async function claimImportKeys(
  trx: Db,
  importId: string,
  keys: readonly { key: string; row: number }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  // The insert probes the keys' index once; only keys it did not write (claimed earlier, rare) are read back.
  const written = await sql<{ key: string }>`
    insert into customer_import_keys (import_id, key, row)
    select ${importId}, key, row from unnest(${keys.map((entry) => entry.key)}::text[], ${keys.map((entry) => entry.row)}::int[]) as k(key, row)
    on conflict (import_id, key) do nothing
    returning key`.execute(trx);
  const fresh = new Set(written.rows.map((entry) => entry.key));
  const claimed = keys.filter((entry) => !fresh.has(entry.key)).map((entry) => entry.key);
  if (claimed.length === 0) return new Map();
  const earlier = await sql<{ key: string; row: number }>`
    select key, row from customer_import_keys where import_id = ${importId} and key = any(${claimed}::text[])`.execute(
    trx,
  );
  return new Map(earlier.rows.map((entry) => [entry.key, entry.row]));
}

/** A batch's identity keys, each with the row that named it, and their packed hashes; a repeat writes nothing. */
export async function recordImportKeyBatch(
  trx: Db,
  importId: string,
  batch: { firstRow: number; keys: readonly string[]; rows: readonly number[]; hashes: Buffer },
): Promise<void> {
  await sql`insert into customer_import_key_batches (import_id, first_row, keys, rows, hashes)
    values (${importId}, ${batch.firstRow}, ${arrayLiteral(batch.keys)}::text[], ${[...batch.rows]}::int[], ${batch.hashes})
    on conflict (import_id, first_row) do nothing`.execute(trx);
}

/** Every batch the import has written: its first row and its keys' packed hashes. */
export async function readImportKeyHashes(db: Db, importId: string): Promise<{ firstRow: number; hashes: Buffer }[]> {
  return db
    .selectFrom('customerImportKeyBatches')
    .select(['firstRow', 'hashes'])
    .where('importId', '=', importId)
    .orderBy('firstRow')
    .execute();
}

/** The keys (key → row) of the import's batches starting at `firstRows`. */
export async function readImportKeyBatches(
  db: Db,
  importId: string,
  firstRows: readonly number[],
): Promise<Map<string, number>> {
  if (firstRows.length === 0) return new Map();
  const batches = await db
    .selectFrom('customerImportKeyBatches')
    .select(['keys', 'rows'])
    .where('importId', '=', importId)
    .where('firstRow', '=', sql<number>`any(${[...firstRows]}::int[])`)
    .execute();
  return new Map(
    batches.flatMap((batch) => batch.keys.map((key, index): [string, number] => [key, batch.rows[index] ?? 0])),
  );
}
