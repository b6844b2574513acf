// API key authentication writes `last_used_at` at most once a minute (it used to lock and commit
// the key's row on every ingest request) and still sees a revocation on the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey, createApiKey, createWorkspace } from '@wayfarer/db';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

describe('API key authentication on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  beforeAll(async () => {
    database = await createTestDatabase('api_keys');
    workspaceId = (await createWorkspace(database.db, 'Acme')).id;
  });
  afterAll(async () => database.drop());

  const lastUsedAt = async (id: string) =>
    (await database.db.selectFrom('apiKeys').select('lastUsedAt').where('id', '=', id).executeTakeFirstOrThrow())
      .lastUsedAt;

  it('records the first use, then at most one write a minute', async () => {
    const { id, key } = await createApiKey(database.db, { workspaceId, name: 'ingest', scope: 'ingest' });
    expect(await authenticateApiKey(database.db, key)).toEqual({ workspaceId, keyId: id, scope: 'ingest' });
    const first = await lastUsedAt(id);
    expect(first).toBeInstanceOf(Date);
    await authenticateApiKey(database.db, key);
    expect(await lastUsedAt(id)).toEqual(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await database.db.updateTable('apiKeys').set({ lastUsedAt: twoMinutesAgo }).where('id', '=', id).execute();
    await authenticateApiKey(database.db, key);
    expect((await lastUsedAt(id))?.getTime()).toBeGreaterThan(twoMinutesAgo.getTime());
  });

  it('refuses a revoked key on the next request, and an unknown one', async () => {
    const { id, key } = await createApiKey(database.db, { workspaceId, name: 'full', scope: 'full' });
    expect(await authenticateApiKey(database.db, key)).toMatchObject({ keyId: id, scope: 'full' });
    await database.db.updateTable('apiKeys').set({ revokedAt: new Date() }).where('id', '=', id).execute();
    expect(await authenticateApiKey(database.db, key)).toBeUndefined();
    expect(await authenticateApiKey(database.db, 'wf_unknown')).toBeUndefined();
  });
});
