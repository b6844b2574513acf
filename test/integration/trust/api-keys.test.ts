// API keys through the API: shown once, listed without secrets, and a revoked or rotated-out key
// refused on the very next request — by tRPC and by the ingest API alike — and by the ingest API of
// another server process within its key cache's lifetime.
import { revokeApiKey } from '@wayfarer/db';
import { KEY_CACHE_MS } from '@wayfarer/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  postIngest,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

let test: TestServer;
let workspace: TestWorkspace;

beforeAll(async () => {
  test = await startTestServer('trust_keys');
  workspace = await createTestWorkspace(test);
});

afterAll(async () => {
  await test.close();
});

const track = (key: string) =>
  postIngest(test, '/v1/track', key, { userId: 'u-1', event: 'ping', messageId: crypto.randomUUID() });

describe('API keys', () => {
  it('shows the clear key once and lists keys without key or hash', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const created = await admin.apiKeys.create.mutate({ name: 'CI', scope: 'ingest' });
    expect(created.key).toMatch(/^wf_/);
    expect(created.prefix).toBe(created.key.slice(0, 10));
    const listed = await admin.apiKeys.list.query();
    const row = listed.find((key) => key.id === created.id);
    expect(row).toMatchObject({ name: 'CI', scope: 'ingest', revokedAt: null });
    const text = JSON.stringify(listed);
    expect(text).not.toContain(created.key);
    expect(text).not.toMatch(/hash/i);
    expect((await track(created.key)).status).toBe(200);
  });

  it('refuses a revoked key on the very next request, on tRPC and on ingest', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const full = await admin.apiKeys.create.mutate({ name: 'to revoke', scope: 'full' });
    const client = trpcClient(test, full.key);
    // Used right before, so anything that cached it would still have it.
    await client.journeys.list.query();
    expect((await track(full.key)).status).toBe(200);
    const revoked = await admin.apiKeys.revoke.mutate({ id: full.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect((await trpcError(client.journeys.list.query())).data?.code).toBe('UNAUTHORIZED');
    const ingest = await track(full.key);
    expect(ingest.status).toBe(401);
    expect(ingest.body.error).toBe('invalid_api_key');
  });

  it('rotates: the new key works, the old one is refused at once', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const old = await admin.apiKeys.create.mutate({ name: 'rotating', scope: 'full' });
    await trpcClient(test, old.key).journeys.list.query();
    expect((await track(old.key)).status).toBe(200);
    const rotated = await admin.apiKeys.rotate.mutate({ id: old.id });
    expect(rotated).toMatchObject({ name: 'rotating', scope: 'full', replacedId: old.id, revokedAt: null });
    expect(rotated.key).not.toBe(old.key);
    expect((await trpcError(trpcClient(test, old.key).journeys.list.query())).data?.code).toBe('UNAUTHORIZED');
    expect((await track(old.key)).status).toBe(401);
    await expect(trpcClient(test, rotated.key).journeys.list.query()).resolves.toBeInstanceOf(Array);
    expect((await track(rotated.key)).status).toBe(200);
    // A revoked key cannot be rotated back to life.
    expect((await trpcError(admin.apiKeys.rotate.mutate({ id: old.id }))).data?.code).toBe('PRECONDITION_FAILED');
  });

  it('refuses a key revoked by another server process within KEY_CACHE_MS of the revocation', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const created = await admin.apiKeys.create.mutate({ name: 'revoked elsewhere', scope: 'ingest' });
    expect((await track(created.key)).status).toBe(200);
    // Straight in Postgres, as another server process would: this process is not told.
    await revokeApiKey(test.database.db, workspace.workspaceId, created.id);
    const revokedBy = Date.now();
    const answers: { sentAt: number; status: number }[] = [];
    while (answers.at(-1)?.status !== 401 && Date.now() < revokedBy + KEY_CACHE_MS + 10_000) {
      const sentAt = Date.now();
      answers.push({ sentAt, status: (await track(created.key)).status });
    }
    expect(answers.at(-1)?.status).toBe(401);
    // Every request it still accepted was sent before the cache entry had to end.
    const accepted = answers.filter((answer) => answer.status === 200);
    expect(accepted.every((answer) => answer.sentAt < revokedBy + KEY_CACHE_MS)).toBe(true);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 401)).toBe(true);
    expect((await track(created.key)).status).toBe(401);
  });

  it("cannot see or revoke another workspace's keys", async () => {
    const other = await createTestWorkspace(test, 'Other');
    const theirs = await trpcClient(test, other.fullKey).apiKeys.create.mutate({ name: 'theirs', scope: 'full' });
    const admin = trpcClient(test, workspace.fullKey);
    expect((await admin.apiKeys.list.query()).some((key) => key.id === theirs.id)).toBe(false);
    expect((await trpcError(admin.apiKeys.revoke.mutate({ id: theirs.id }))).data?.code).toBe('NOT_FOUND');
    expect((await track(theirs.key)).status).toBe(200);
  });

  it('records each key change in the audit log, never the key', async () => {
    const admin = trpcClient(test, workspace.fullKey);
    const created = await admin.apiKeys.create.mutate({ name: 'audited', scope: 'full' });
    const rotated = await admin.apiKeys.rotate.mutate({ id: created.id });
    await admin.apiKeys.revoke.mutate({ id: rotated.id });
    const { entries } = await admin.audit.list.query({ entityType: 'api_key' });
    const actions = entries.filter((entry) => [created.id, rotated.id].includes(entry.entityId ?? ''));
    expect(actions.map((entry) => entry.action)).toEqual(['apiKeys.revoke', 'apiKeys.rotate', 'apiKeys.create']);
    const rotate = actions.find((entry) => entry.action === 'apiKeys.rotate');
    expect(rotate?.diff).toMatchObject({
      changes: { revokedAt: { before: null } },
      result: { id: rotated.id, replacedId: created.id },
    });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(created.key);
    expect(text).not.toContain(rotated.key);
  });
});
