// Managing a workspace's API keys (list, revoke, rotate). Creation and authentication live in
// api-keys.repository.ts; nothing here ever reads or returns a key's hash.
import type { Db } from '../connect';
import { DataError } from '../errors';
import { createApiKey, type ApiKeyScope } from './api-keys.repository';

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const summaryColumns = ['id', 'name', 'prefix', 'scope', 'createdAt', 'lastUsedAt', 'revokedAt'] as const;

/** The workspace's keys, live ones first, newest first. */
export async function listApiKeys(db: Db, workspaceId: string): Promise<ApiKeySummary[]> {
  return db
    .selectFrom('apiKeys')
    .select(summaryColumns)
    .where('workspaceId', '=', workspaceId)
    .orderBy((eb) => eb('revokedAt', 'is', null), 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}

/** One key of the workspace, or undefined (also for another workspace's key). */
export async function findApiKey(db: Db, workspaceId: string, id: string): Promise<ApiKeySummary | undefined> {
  return db
    .selectFrom('apiKeys')
    .select(summaryColumns)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Revokes the key now (idempotent: an already revoked key keeps its first revocation time).
 * Authentication reads `revoked_at` on every request, so the next request with it is refused.
 */
export async function revokeApiKey(db: Db, workspaceId: string, id: string): Promise<ApiKeySummary> {
  await db
    .updateTable('apiKeys')
    .set({ revokedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .execute();
  const key = await findApiKey(db, workspaceId, id);
  if (!key) throw new DataError('not_found', `API key ${id} not found.`);
  return key;
}

/**
 * A new key with the old one's name and scope; the old one is revoked in the same transaction
 * (no grace period: a leaked key must stop working at once). The clear key is returned once.
 */
export async function rotateApiKey(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ replaced: ApiKeySummary; created: ApiKeySummary; key: string }> {
  return db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('apiKeys')
      .select(summaryColumns)
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!old) throw new DataError('not_found', `API key ${id} not found.`);
    if (old.revokedAt !== null) throw new DataError('invalid_state', 'A revoked API key cannot be rotated.');
    const fresh = await createApiKey(trx, { workspaceId, name: old.name, scope: old.scope });
    const replaced = await revokeApiKey(trx, workspaceId, id);
    const created = await findApiKey(trx, workspaceId, fresh.id);
    if (!created) throw new Error('The rotated API key was not stored.');
    return { replaced, created, key: fresh.key };
  });
}
