import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../connect';

export type ApiKeyScope = 'ingest' | 'full';

// Keys are 32 random bytes, so a plain SHA-256 is enough to make a stolen table useless;
// slow password hashes are for low-entropy secrets.
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates a key; the plaintext is returned once and only its hash is stored. */
export async function createApiKey(
  db: Db,
  input: { workspaceId: string; name: string; scope: ApiKeyScope },
): Promise<{ id: string; key: string }> {
  const key = `wf_${randomBytes(32).toString('base64url')}`;
  const row = await db
    .insertInto('apiKeys')
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      scope: input.scope,
      keyHash: hashKey(key),
      prefix: key.slice(0, 10),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, key };
}

/** How stale `last_used_at` may get: it is shown to people, not used for access decisions. */
const lastUsedResolutionMs = 60_000;

/**
 * The workspace a live (not revoked) key belongs to, or undefined. Revocation is read on every
 * call; `last_used_at` is written at most once a minute per key, because writing it on every
 * request made every ingest request take the key's row lock and commit.
 */
export async function authenticateApiKey(
  db: Db,
  key: string,
): Promise<{ workspaceId: string; keyId: string; scope: ApiKeyScope } | undefined> {
  const row = await db
    .selectFrom('apiKeys')
    .select(['id', 'workspaceId', 'scope', 'lastUsedAt'])
    .where('keyHash', '=', hashKey(key))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.lastUsedAt === null || Date.now() - row.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    await touchApiKey(db, row.id);
  }
  return { workspaceId: row.workspaceId, keyId: row.id, scope: row.scope };
}

// Conditional, so concurrent requests that all saw a stale value write once between them.
async function touchApiKey(db: Db, id: string): Promise<void> {
  await db
    .updateTable('apiKeys')
    .set({ lastUsedAt: new Date() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', sql<Date>`now() - interval '1 minute'`)]))
    .execute();
}
