// Files kept in Postgres, so every server and worker process reads the same bytes: uploads waiting
// to be imported and exports waiting to be downloaded. Stored in chunks (any size, in order); a
// file is readable from any byte, which is how an import resumes mid-file.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import type { StoredFile, StoredFilePurpose } from '../imports-schema';

/** Size of the chunks `storeFile` writes. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

export async function createStoredFile(
  db: Db,
  file: { workspaceId: string; purpose: StoredFilePurpose; name: string },
): Promise<StoredFile> {
  return db.insertInto('storedFiles').values(file).returningAll().executeTakeFirstOrThrow();
}

/**
 * Appends one chunk at the file's end (in the caller's transaction: an export writes its page and
 * its cursor together). Returns the file's size after it.
 */
export async function appendFileChunk(trx: Db, fileId: string, data: Uint8Array): Promise<number> {
  const file = await trx
    .updateTable('storedFiles')
    .set({ size: sql<string>`size + ${data.length}` })
    .where('id', '=', fileId)
    .returning(['size'])
    .executeTakeFirstOrThrow();
  const size = Number(file.size);
  const last = await trx
    .selectFrom('storedFileChunks')
    .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(-1)).as('seq'))
    .where('fileId', '=', fileId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('storedFileChunks')
    .values({ fileId, seq: Number(last.seq) + 1, byteOffset: size - data.length, data: Buffer.from(data) })
    .execute();
  return size;
}

export async function completeStoredFile(db: Db, fileId: string): Promise<void> {
  await db.updateTable('storedFiles').set({ completedAt: new Date() }).where('id', '=', fileId).execute();
}

/**
 * Stores a whole upload from `source` in chunks of FILE_CHUNK_BYTES and marks it complete. Throws
 * whatever `source` throws (a size limit, a format check); the partial file is then deleted.
 */
export async function storeFile(
  db: Db,
  file: { workspaceId: string; purpose: StoredFilePurpose; name: string },
  source: AsyncIterable<Uint8Array>,
): Promise<StoredFile> {
  const stored = await createStoredFile(db, file);
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of source) {
      pending.push(Buffer.from(chunk));
      pendingBytes += chunk.length;
      while (pendingBytes >= FILE_CHUNK_BYTES) {
        const all = Buffer.concat(pending);
        await appendFileChunk(db, stored.id, all.subarray(0, FILE_CHUNK_BYTES));
        pending = [all.subarray(FILE_CHUNK_BYTES)];
        pendingBytes = all.length - FILE_CHUNK_BYTES;
      }
    }
    if (pendingBytes > 0) await appendFileChunk(db, stored.id, Buffer.concat(pending));
    await completeStoredFile(db, stored.id);
  } catch (error) {
    await db.deleteFrom('storedFiles').where('id', '=', stored.id).execute();
    throw error;
  }
  return getStoredFile(db, file.workspaceId, stored.id);
}

/** The workspace's complete file; `not_found` for another workspace's or an unfinished one. */
export async function getStoredFile(db: Db, workspaceId: string, fileId: string): Promise<StoredFile> {
  const file = await db
    .selectFrom('storedFiles')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', fileId)
    .where('completedAt', 'is not', null)
    .executeTakeFirst();
  if (!file) throw new DataError('not_found', `No file ${fileId} in this workspace.`);
  return file;
}

/** The file's bytes from `fromByte` to its end, one chunk per query. */
export async function* readStoredFile(db: Db, fileId: string, fromByte = 0): AsyncGenerator<Buffer> {
  const first = await db
    .selectFrom('storedFileChunks')
    .select(['seq', 'byteOffset'])
    .where('fileId', '=', fileId)
    .where('byteOffset', '<=', String(fromByte))
    .orderBy('byteOffset', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!first) return;
  for (let seq = first.seq; ; seq++) {
    const chunk = await db
      .selectFrom('storedFileChunks')
      .select(['data', 'byteOffset'])
      .where('fileId', '=', fileId)
      .where('seq', '=', seq)
      .executeTakeFirst();
    if (!chunk) return;
    const skip = Math.max(0, fromByte - Number(chunk.byteOffset));
    if (skip < chunk.data.length) yield skip === 0 ? chunk.data : chunk.data.subarray(skip);
  }
}
