import { createHash, randomBytes } from 'node:crypto';
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

/** The workspace a live (not revoked) key belongs to, or undefined. */
export async function authenticateApiKey(
  db: Db,
  key: string,
): Promise<{ workspaceId: string; keyId: string; scope: ApiKeyScope } | undefined> {
  const row = await db
    .updateTable('apiKeys')
    .set({ lastUsedAt: new Date() })
    .where('keyHash', '=', hashKey(key))
    .where('revokedAt', 'is', null)
    .returning(['id', 'workspaceId', 'scope'])
    .executeTakeFirst();
  return row && { workspaceId: row.workspaceId, keyId: row.id, scope: row.scope };
}
