// A journey drawn without End steps: a customer who leaves a step by a port nothing is connected to
// completes the journey there, and the step's counts and the explorer say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveMessagingSettings } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';
import { enrollmentStatuses } from './support';

const node = (id: string, type: string, config: unknown = {}) => ({ id, type, data: { config } });

/** joined → VIP? — yes → send (its exits open); — no: open. No End step anywhere. */
const openJourney: JourneyGraphInput = {
  nodes: [
    node('joined', 'core.trigger.event', { event: 'joined' }),
    node('vip', 'core.branch', { conditions: [{ subject: 'attribute', path: 'vip', op: 'eq', value: true }] }),
    node('send', 'core.send', { channel: 'outbox', name: 'VIP welcome', body: 'Welcome, VIP' }),
  ],
  edges: [
    { id: 'e1', source: 'joined', sourceHandle: 'out', target: 'vip' },
    { id: 'e2', source: 'vip', sourceHandle: 'true', target: 'send' },
  ],
};

describe('an open path ends the journey (real Postgres + Temporal dev server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let journeyId: string;
  beforeAll(async () => {
    stack = await startStack('analytics_open_path');
    const workspace = await createWorkspaceWithKey(stack, 'Open paths');
    key = workspace.key;
    api = apiClient(stack, key);
    // The send must not wait for quiet hours whenever CI runs.
    await saveMessagingSettings(stack.database.db, workspace.workspaceId, { quietHours: null });
    journeyId = (await api.journeys.create.mutate({ name: 'No End steps', graph: openJourney })).id;
    await api.journeys.publish.mutate({ journeyId });
    for (const [userId, vip] of [
      ['mei', true],
      ['lin', false],
      ['kai', false],
    ] as const) {
      expect((await ingest(stack, key, '/v1/identify', { userId, traits: { vip } })).status).toBe(200);
      const track = { userId, event: 'joined', messageId: `joined-${userId}` };
      expect((await ingest(stack, key, '/v1/track', track)).status).toBe(200);
    }
    await eventually(async () => {
      const statuses = await enrollmentStatuses(stack.database.db, journeyId);
      return statuses.completed === 3 ? statuses : undefined;
    });
  });
  afterAll(async () => stack?.close());

  it('publishes without End steps and completes every customer, with no exit reason', async () => {
    const rows = await stack.database.db
      .selectFrom('enrollments')
      .select(['status', 'exitReason'])
      .where('journeyId', '=', journeyId)
      .execute();
    expect(rows).toEqual(Array.from({ length: 3 }, () => ({ status: 'completed', exitReason: null })));
  });

  it('counts the customers whose journey ended at each open path', async () => {
    const stats = await api.analytics.nodeStats.query({ journeyId });
    const byStep = Object.fromEntries(
      stats.nodes.map(({ stepId, entered, left, ended }) => [stepId, { entered, left, ended }]),
    );
    expect(byStep).toEqual({
      joined: { entered: 3, left: { out: 3 }, ended: 0 },
      vip: { entered: 3, left: { true: 1, false: 2 }, ended: 2 },
      send: { entered: 1, left: { sent: 1 }, ended: 1 },
    });
  });

  it('shows in the explorer where each customer left, completed', async () => {
    const ended = await api.enrollments.find.query({ journeyId, at: { stepId: 'vip', port: 'false' } });
    expect(ended.map((row) => [row.externalId, row.status]).sort()).toEqual([
      ['kai', 'completed'],
      ['lin', 'completed'],
    ]);
    const [mei] = await api.enrollments.find.query({ journeyId, query: 'mei' });
    const detail = await api.enrollments.get.query({ enrollmentId: mei?.enrollmentId ?? '' });
    expect(detail.enrollment).toMatchObject({ status: 'completed', exitReason: null });
    expect(detail.path.map((visit) => [visit.stepId, visit.port])).toEqual([
      ['joined', 'out'],
      ['vip', 'true'],
      ['send', 'sent'],
    ]);
  });
});
