// The audit view names who did a change and what it was done to — from this workspace's rows only:
// another workspace's key or journey never lends its name, and a member who left reads as removed.
import { randomBytes } from 'node:crypto';
import { createApiKey, createUser, deleteMember, insertAuditEntry, upsertMember } from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  eventJourney,
  startTestServer,
  trpcClient,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

let test: TestServer;
let workspace: TestWorkspace;
let api: ReturnType<typeof trpcClient>;

beforeAll(async () => {
  test = await startTestServer('trust_audit_names');
  workspace = await createTestWorkspace(test);
  api = trpcClient(test, workspace.fullKey);
});

afterAll(async () => {
  await test.close();
});

async function member(name: string) {
  const email = `${name.toLowerCase().replace(/\W/g, '')}-${randomBytes(4).toString('hex')}@example.com`;
  const user = await createUser(test.database.db, { email, name, passwordHash: 'x' });
  await upsertMember(test.database.db, workspace.workspaceId, user.id, 'editor');
  return user;
}

function record(actorType: 'user' | 'api_key' | 'system', actorId: string, entityType: string, entityId: string) {
  return insertAuditEntry(test.database.db, {
    workspaceId: workspace.workspaceId,
    actorType,
    actorId,
    action: 'journeys.publish',
    entityType,
    entityId,
    diff: {},
    requestId: null,
  });
}

describe('audit view names', () => {
  it("names the API key and the journey of the API's own changes", async () => {
    const journey = await api.journeys.create.mutate({ name: 'Welcome' });
    await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('signup') });
    const { entries } = await api.audit.list.query({ entityId: journey.id });
    expect(entries.map((entry) => [entry.action, entry.actorName, entry.entityName])).toEqual([
      ['journeys.saveDraft', 'full', 'Welcome'],
      ['journeys.create', 'full', 'Welcome'],
    ]);
  });

  it('names members, the system and named entities, and a member who left as removed', async () => {
    const mei = await member('Mei Chen');
    const left = await member('Left Soon');
    const template = await api.messageTemplates.create.mutate({
      name: 'Spring coupon',
      channel: 'sms',
      content: { body: 'Hi' },
    });
    await record('user', mei.id, 'message_template', template.id);
    await record('user', left.id, 'member', mei.id);
    await record('system', 'system', 'message_template', template.id);
    await deleteMember(test.database.db, workspace.workspaceId, left.id);

    const { entries } = await api.audit.list.query({ action: 'journeys.publish', limit: 3 });
    expect(entries.map((entry) => [entry.actorType, entry.actorName, entry.entityName])).toEqual([
      ['system', 'Wayfarer', 'Spring coupon'],
      ['user', null, 'Mei Chen'],
      ['user', 'Mei Chen', 'Spring coupon'],
    ]);
    const actors = await api.audit.actors.query();
    expect(actors.members.map((row) => row.name)).toContain('Mei Chen');
    expect(actors.members.map((row) => row.name)).not.toContain('Left Soon');
  });

  it("never shows another workspace's API key or journey name", async () => {
    const other = await createTestWorkspace(test, 'Other');
    const otherKey = await createApiKey(test.database.db, {
      workspaceId: other.workspaceId,
      name: 'Their secret integration',
      scope: 'full',
    });
    const theirJourney = await trpcClient(test, other.fullKey).journeys.create.mutate({ name: 'Their plans' });
    await record('api_key', otherKey.id, 'journey', theirJourney.id);

    const { entries } = await api.audit.list.query({ actorId: otherKey.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorType: 'api_key', actorName: null, entityName: null });
    expect(JSON.stringify(await api.audit.list.query({}))).not.toMatch(/Their secret integration|Their plans/);
    const actors = await api.audit.actors.query();
    expect(actors.apiKeys.map((key) => key.name).sort()).toEqual(['full', 'ingest']);
  });
});
