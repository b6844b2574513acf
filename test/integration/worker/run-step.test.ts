import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntimeRegistry } from '@wayfarer/config';
import {
  createApiKey,
  createJourney,
  createWorkspace,
  enrollCustomer,
  publishJourneyVersion,
  upsertCustomer,
} from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { createJourneyActivities } from '@wayfarer/worker';
import type { RunStepInput } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const graph: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up' } } },
    {
      id: 'send',
      type: 'core.send',
      data: {
        config: {
          channel: 'outbox',
          name: 'Welcome',
          body: 'Hi {{ customer.name }}, you have {{ customer.points }} points',
        },
      },
    },
    { id: 'reward', type: 'core.reward.points', data: { config: { points: 50 } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'send' },
    { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'reward' },
    { id: 'e3', source: 'reward', sourceHandle: 'out', target: 'end' },
  ],
};

describe('runStep activity on Postgres', () => {
  let database: TestDatabase;
  let base: Omit<RunStepInput, 'stepId' | 'visit' | 'idempotencyKey'>;
  let activities: ReturnType<typeof createJourneyActivities>;

  beforeAll(async () => {
    database = await createTestDatabase('run_step');
    const { db } = database;
    const runtimes = await loadRuntimeRegistry();
    const compiled = compileJourney(graph, runtimes.nodes);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const workspace = await createWorkspace(db, 'Acme');
    await createApiKey(db, { workspaceId: workspace.id, name: 'test', scope: 'full' });
    const journey = await createJourney(db, { workspaceId: workspace.id, name: 'Welcome', draft: graph });
    const version = await publishJourneyVersion(db, {
      workspaceId: workspace.id,
      journeyId: journey.id,
      ir: compiled.value,
      hash: compiled.value.hash,
      graph,
    });
    const customer = await upsertCustomer(db, { workspaceId: workspace.id, externalId: 'u1', traits: { name: 'Mei' } });
    const { enrollment } = await enrollCustomer(db, {
      workspaceId: workspace.id,
      journeyId: journey.id,
      journeyVersionId: version.id,
      customerId: customer.id,
      workflowId: `journey:${journey.id}:customer:${customer.id}`,
      entryStepId: 'trigger',
      entryEventId: null,
    });
    activities = createJourneyActivities({ db, runtimes });
    base = {
      workspaceId: workspace.id,
      journeyId: journey.id,
      journeyVersionId: version.id,
      enrollmentId: enrollment.id,
      customerId: customer.id,
      entryEvent: null,
      journeyEvents: [],
      trail: [{ stepId: 'trigger', visit: 1, kind: 'left', port: 'out', at: new Date().toISOString() }],
    };
  });
  afterAll(async () => database.drop());

  it('renders the template for the customer and writes one message, however often it is retried', async () => {
    const input = { ...base, stepId: 'send', visit: 1, idempotencyKey: 'wf:send:1' };
    const first = await activities.runStep(input);
    const again = await activities.runStep(input);
    expect(again).toEqual(first);
    expect(first.port).toBe('sent');
    const messages = await database.db.selectFrom('messages').selectAll().execute();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.body).toBe('Hi Mei, you have 0 points');
  });

  it('grants points once when attempts race on the same key', async () => {
    const input = { ...base, stepId: 'reward', visit: 1, idempotencyKey: 'wf:reward:1' };
    const results = await Promise.all(Array.from({ length: 6 }, () => activities.runStep(input)));
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    const ledger = await database.db.selectFrom('pointsLedger').selectAll().execute();
    expect(ledger.map((entry) => entry.delta)).toEqual([50]);
  });

  it('a second visit of the same step is a new effect', async () => {
    await activities.runStep({ ...base, stepId: 'reward', visit: 2, idempotencyKey: 'wf:reward:2' });
    const ledger = await database.db.selectFrom('pointsLedger').select('delta').execute();
    expect(ledger).toHaveLength(2);
  });

  it('records the step visits and the trail once', async () => {
    const events = await database.db
      .selectFrom('stepEvents')
      .select(['stepId', 'visit', 'kind', 'port'])
      .orderBy('id')
      .execute();
    const keys = events.map((event) => `${event.stepId}/${event.visit}/${event.kind}/${event.port ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('trigger/1/left/out');
    expect(keys).toContain('send/1/left/sent');
    expect(keys).toContain('reward/2/entered/');
  });

  it('refuses permanently a step the version does not have', async () => {
    await expect(
      activities.runStep({ ...base, stepId: 'nope', visit: 1, idempotencyKey: 'wf:nope:1' }),
    ).rejects.toMatchObject({ nonRetryable: true, type: 'unknown_step' });
  });
});
