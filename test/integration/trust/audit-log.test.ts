// Every kind of change leaves one audit entry: who, when, which procedure and entity, the changed
// fields before and after — and never a secret (channel credentials, keys, tokens).
import { randomBytes } from 'node:crypto';
import { createSecretBox } from '@wayfarer/channels';
import { upsertMember } from '@wayfarer/db';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  eventJourney,
  startTestServer,
  trpcClient,
  type TestServer,
  type TestWorkspace,
} from '../server/support';
import { createDevServerEnv } from '../../support/temporal';

let test: TestServer;
let workspace: TestWorkspace;
let api: ReturnType<typeof trpcClient>;
// Saving a segment schedules its refresh workflow: a real Temporal server takes it (no worker needed).
let env: TestWorkflowEnvironment;

// Secrets end in letters outside hex so their last four never collide with an id in the log.
const lineToken = `line-token-${randomBytes(12).toString('hex')}-tKzq`;
const signingSecret = `signing-secret-${randomBytes(12).toString('hex')}-sWvx`;

beforeAll(async () => {
  env = await createDevServerEnv();
  test = await startTestServer('trust_audit', { secretBox: createSecretBox(randomBytes(32)), temporal: env.client });
  workspace = await createTestWorkspace(test);
  api = trpcClient(test, workspace.fullKey);
});

afterAll(async () => {
  await test.close();
  await env.teardown();
});

async function entriesOf(entityType: string, entityId: string) {
  const { entries } = await api.audit.list.query({ entityType });
  return entries.filter((entry) => entry.entityId === entityId);
}

async function latest(entityType: string, entityId: string, action: string) {
  const entry = (await entriesOf(entityType, entityId)).find((candidate) => candidate.action === action);
  if (!entry) throw new Error(`No ${action} entry for ${entityType} ${entityId}.`);
  return entry;
}

describe('audit log', () => {
  it('records journey creation, draft saves (with the changed fields) and publishing', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Welcome' });
    await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('signup'), name: 'Welcome 2' });
    const published = await api.journeys.publish.mutate({ journeyId: journey.id });

    const created = await latest('journey', journey.id, 'journeys.create');
    expect(created).toMatchObject({ actorType: 'api_key', entityType: 'journey' });
    expect(created.diff).toMatchObject({
      input: { name: 'Welcome' },
      changes: { name: { before: null, after: 'Welcome' } },
    });

    const saved = await latest('journey', journey.id, 'journeys.saveDraft');
    expect(saved.diff).toMatchObject({
      changes: { name: { before: 'Welcome', after: 'Welcome 2' }, draftRevision: { before: 1, after: 2 } },
    });
    const changes = (saved.diff as { changes: Record<string, unknown> }).changes;
    expect(changes).toHaveProperty('draft');
    expect(changes).not.toHaveProperty('status');

    const publish = await latest('journey', journey.id, 'journeys.publish');
    expect(publish.diff).toMatchObject({
      changes: {
        status: { before: 'draft', after: 'live' },
        liveVersionId: { before: null, after: published.versionId },
      },
      result: { versionId: published.versionId },
    });
    expect(publish.at).toMatch(/^\d{4}-/);
  });

  it('records segment changes', async () => {
    const segment = await api.segments.create.mutate({
      name: 'Taipei',
      rule: { type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' },
    });
    await api.segments.update.mutate({ id: segment.id, name: 'Taipei City' });
    const update = await latest('segment', segment.id, 'segments.update');
    expect(update.diff).toMatchObject({ changes: { name: { before: 'Taipei', after: 'Taipei City' } } });
    expect((update.diff as { changes: Record<string, unknown> }).changes).not.toHaveProperty('rule');
  });

  it('records channel credential changes without the secrets', async () => {
    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: lineToken } });
    const entry = await latest('channel', 'line', 'channels.save');
    expect(entry.diff).toMatchObject({
      input: { channel: 'line', config: { channelAccessToken: '[redacted]' } },
      changes: { connected: { before: false, after: true } },
    });
    const config = { url: 'https://example.com/hook', signingSecret };
    await api.channels.save.mutate({ channel: 'webhook', config });
    await api.channels.save.mutate({ channel: 'webhook', config: { ...config, url: 'https://example.com/hook2' } });
    const update = await latest('channel', 'webhook', 'channels.save');
    expect(update.diff).toMatchObject({
      changes: { config: { before: { url: 'https://example.com/hook' }, after: { url: 'https://example.com/hook2' } } },
    });
    const text = JSON.stringify(await entriesOf('channel', 'webhook')) + JSON.stringify(entry);
    for (const secret of [lineToken, signingSecret]) {
      expect(text).not.toContain(secret);
      // Not even the last four characters the settings page shows.
      expect(text).not.toContain(secret.slice(-4));
    }
  });

  it('records reward definitions', async () => {
    const badge = await api.loyalty.badges.create.mutate({ key: 'early-bird', name: 'Early bird' });
    const entry = await latest('badge', badge.id, 'loyalty.badges.create');
    expect(entry.diff).toMatchObject({
      changes: { key: { before: null, after: 'early-bird' }, name: { after: 'Early bird' } },
    });
    const pool = await api.loyalty.couponPools.create.mutate({
      name: 'VIP codes',
      source: 'list',
      codes: ['A1', 'A2'],
    });
    await api.loyalty.couponPools.addCodes.mutate({ poolId: pool.id, codes: ['A3'] });
    expect((await entriesOf('coupon_pool', pool.id)).map((e) => e.action)).toEqual([
      'loyalty.couponPools.addCodes',
      'loyalty.couponPools.create',
    ]);
  });

  it('records member role changes', async () => {
    const { db } = test.database;
    const user = await sql<{ id: string }>`
      insert into users (email, password_hash, name) values (${`m-${randomBytes(4).toString('hex')}@example.com`}, 'x', 'Mia')
      returning id`.execute(db);
    const userId = user.rows[0]?.id ?? '';
    await upsertMember(db, workspace.workspaceId, userId, 'editor');
    await api.members.changeRole.mutate({ userId, role: 'publisher' });
    const entry = await latest('member', userId, 'members.changeRole');
    expect(entry.diff).toMatchObject({ changes: { role: { before: 'editor', after: 'publisher' } } });
  });

  it('filters by entity, action and actor, pages with a cursor, and records no read-only call', async () => {
    await api.journeys.validate.mutate({ graph: eventJourney('x') });
    const all = await api.audit.list.query({});
    expect(all.entries.some((entry) => entry.action === 'journeys.validate')).toBe(false);
    const journeys = await api.audit.list.query({ action: 'journeys.' });
    expect(journeys.entries.length).toBeGreaterThan(0);
    expect(journeys.entries.every((entry) => entry.action.startsWith('journeys.'))).toBe(true);
    // A verb (the action picker's choice) finds it on any entity, and only it: `.create` is not `.createFromTemplate`.
    const created = await api.audit.list.query({ action: '.create' });
    expect(created.entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['journeys.create', 'segments.create', 'loyalty.badges.create']),
    );
    expect(created.entries.every((entry) => entry.action.endsWith('.create'))).toBe(true);
    const actorId = all.entries[0]?.actorId ?? '';
    expect((await api.audit.list.query({ actorId })).entries.length).toBeGreaterThan(0);
    expect((await api.audit.list.query({ actorId: 'nobody' })).entries).toEqual([]);
    const first = await api.audit.list.query({ limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await api.audit.list.query({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.entries[0]?.id).toBe(all.entries[2]?.id);
  });

  it("shows nothing of another workspace's log", async () => {
    const other = await createTestWorkspace(test, 'Other');
    expect((await trpcClient(test, other.fullKey).audit.list.query({})).entries).toEqual([]);
  });

  it('holds no secret anywhere in the table', async () => {
    const rows = await sql<{ text: string }>`select diff::text as text from audit_log`.execute(test.database.db);
    const text = rows.rows.map((row) => row.text).join('\n');
    for (const secret of [lineToken, signingSecret, workspace.fullKey]) expect(text).not.toContain(secret);
  });
});
