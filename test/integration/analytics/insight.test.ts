import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveMessagingSettings } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';
import { enrollmentStatuses, parseCsv, seedSegment, type SeededCustomer } from './support';

const CUSTOMERS = 1_000;
// ~3,300 activities in all. Measured on the shared 2-core machine with other suites running beside
// it: 103 s at load average ~12, 440 s at ~20. The limit guards against a hang, not a slow machine.
const LIMIT_MS = 600_000;

const node = (id: string, type: string, label: string, config: unknown = {}) => ({ id, type, data: { config, label } });

/** broadcast → VIP? — yes → send (outbox) → end; — no → end. */
function insightJourney(segmentId: string): JourneyGraphInput {
  return {
    nodes: [
      node('broadcast', 'core.trigger.broadcast', 'Everyone', { segmentId }),
      node('vip', 'core.branch', 'VIP?', {
        conditions: [{ subject: 'attribute', path: 'vip', op: 'eq', value: true }],
      }),
      node('send', 'core.send', 'Thank you', {
        channel: 'outbox',
        name: 'VIP thanks',
        body: 'Thank you {{ customer.name }}',
      }),
      node('end', 'core.end', 'Done'),
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'vip' },
      { id: 'e2', source: 'vip', sourceHandle: 'true', target: 'send' },
      { id: 'e3', source: 'send', sourceHandle: 'sent', target: 'end' },
      { id: 'e4', source: 'vip', sourceHandle: 'false', target: 'end' },
    ],
  };
}

/** broadcast → badge (deleted after publishing: the step fails permanently) → end. */
function failingJourney(segmentId: string): JourneyGraphInput {
  return {
    nodes: [
      node('broadcast', 'core.trigger.broadcast', 'Everyone', { segmentId }),
      node('badge', 'core.badge.award', 'Missing badge', { badgeKey: 'gone-badge' }),
      node('end', 'core.end', 'Done'),
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'badge' },
      { id: 'e2', source: 'badge', sourceHandle: 'out', target: 'end' },
    ],
  };
}

// Every third customer is a VIP.
const customers: SeededCustomer[] = Array.from({ length: CUSTOMERS }, (_, index) => ({
  externalId: `insight-${index + 1}`,
  attributes: { name: `Customer ${index + 1}`, vip: index % 3 === 0 },
}));
const vips = customers.filter((customer) => customer.attributes.vip === true).length;
const FAILING = 10;

describe('journey insight over 1,000 customers (real Postgres + Temporal dev server)', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let journeyId: string;
  let failingJourneyId: string;
  beforeAll(async () => {
    stack = await startStack('analytics_insight');
    const workspace = await createWorkspaceWithKey(stack, 'Insight');
    key = workspace.key;
    api = apiClient(stack, key);
    const { db } = stack.database;
    // The send must not wait for quiet hours whenever CI runs.
    await saveMessagingSettings(db, workspace.workspaceId, { quietHours: null });
    const launch = async (
      name: string,
      graph: (segmentId: string) => JourneyGraphInput,
      members: SeededCustomer[],
      afterPublish: () => Promise<unknown> = async () => undefined,
    ) => {
      const segmentId = await seedSegment(db, workspace.workspaceId, members);
      const id = (await api.journeys.create.mutate({ name, graph: graph(segmentId) })).id;
      await api.journeys.publish.mutate({ journeyId: id });
      await afterPublish();
      await api.broadcasts.start.mutate({ journeyId: id, ratePerSecond: 1_000 });
      return id;
    };
    const failingCustomers = Array.from({ length: FAILING }, (_, index) => ({
      externalId: `failing-${index + 1}`,
      attributes: {},
    }));
    await api.loyalty.badges.create.mutate({ key: 'gone-badge', name: 'Gone' });
    [journeyId, failingJourneyId] = await Promise.all([
      launch('VIP thanks', insightJourney, customers),
      // Publishing checks the badge exists; deleting it afterwards makes its step fail for everyone.
      launch('Broken badge', failingJourney, failingCustomers, () =>
        db.deleteFrom('badges').where('workspaceId', '=', workspace.workspaceId).execute(),
      ),
    ]);
    for (const [id, count] of [
      [journeyId, CUSTOMERS],
      [failingJourneyId, FAILING],
    ] as const) {
      await eventually(async () => {
        const statuses = await enrollmentStatuses(db, id);
        return (statuses.completed ?? 0) + (statuses.exited ?? 0) === count ? statuses : undefined;
      }, LIMIT_MS);
    }
  }, LIMIT_MS + 60_000);
  afterAll(async () => stack?.close());

  it('counts every node’s visits, ports and waiting customers exactly', async () => {
    const stats = await api.analytics.nodeStats.query({ journeyId });
    expect(stats.from).toBeNull();
    expect(stats.nodes).toEqual([
      {
        stepId: 'broadcast',
        entered: CUSTOMERS,
        waiting: 0,
        left: { out: CUSTOMERS },
        errors: 0,
        ended: 0,
        outcomes: [],
      },
      {
        stepId: 'vip',
        entered: CUSTOMERS,
        waiting: 0,
        left: { true: vips, false: CUSTOMERS - vips },
        errors: 0,
        ended: 0,
        outcomes: [],
      },
      {
        stepId: 'send',
        entered: vips,
        waiting: 0,
        left: { sent: vips },
        errors: 0,
        ended: 0,
        outcomes: [{ outcome: 'sent', reason: null, count: vips }],
      },
      { stepId: 'end', entered: CUSTOMERS, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
    ]);
    // A window that ends before the journey began holds no visits.
    const before = await api.analytics.nodeStats.query({ journeyId, to: '2000-01-01T00:00:00Z' });
    expect(before.nodes.every((entry) => entry.entered === 0 && Object.keys(entry.left).length === 0)).toBe(true);
  });

  it('counts a step that fails permanently as an error at its node', async () => {
    const stats = await api.analytics.nodeStats.query({ journeyId: failingJourneyId });
    expect(stats.nodes).toEqual([
      { stepId: 'broadcast', entered: FAILING, waiting: 0, left: { out: FAILING }, errors: 0, ended: 0, outcomes: [] },
      // A failed visit rolls back with its step: it shows as an error, not as entered.
      { stepId: 'badge', entered: 0, waiting: 0, left: {}, errors: FAILING, ended: 0, outcomes: [] },
      { stepId: 'end', entered: 0, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
    ]);
    expect(await api.analytics.overview.query({ journeyId: failingJourneyId })).toMatchObject({
      enrolled: FAILING,
      completed: 0,
      exited: FAILING,
      messages: [],
    });
  });

  it('sums up the cohort, its messages and its days', async () => {
    const overview = await api.analytics.overview.query({ journeyId });
    expect(overview).toMatchObject({
      enrolled: CUSTOMERS,
      active: 0,
      completed: CUSTOMERS,
      exited: 0,
      goalReached: 0,
      conversionRate: 0,
      medianTimeToConvertMs: null,
      messages: [{ channel: 'outbox', sent: vips, skipped: 0, deferred: 0, failed: 0 }],
    });
    const total = (metric: 'entered' | 'completed' | 'exited' | 'goalReached') =>
      overview.daily.reduce((sum, day) => sum + day[metric], 0);
    expect([total('entered'), total('completed'), total('exited'), total('goalReached')]).toEqual([
      CUSTOMERS,
      CUSTOMERS,
      0,
      0,
    ]);
    expect(overview.daily.at(-1)?.day).toBe(new Date().toISOString().slice(0, 10));
  });

  it('exports the same numbers as CSV over HTTP and through the API', async () => {
    const stats = await api.analytics.nodeStats.query({ journeyId });
    const response = await fetch(`${stack.url}/v1/journeys/${journeyId}/stats.csv`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="VIP-thanks-stats.csv"');
    const text = await response.text();
    const rows = parseCsv(text);
    expect(rows.map((row) => row.step_id)).toEqual(stats.nodes.map((entry) => entry.stepId));
    for (const entry of stats.nodes) {
      const row = rows.find((candidate) => candidate.step_id === entry.stepId);
      expect(Number(row?.entered)).toBe(entry.entered);
      expect(Number(row?.waiting)).toBe(entry.waiting);
      expect(Number(row?.errors)).toBe(entry.errors);
      for (const port of ['out', 'true', 'false', 'sent'])
        expect(Number(row?.[`left:${port}`])).toBe(entry.left[port] ?? 0);
    }
    expect(rows.find((row) => row.step_id === 'vip')).toMatchObject({ node_type: 'core.branch', node_title: 'VIP?' });
    expect(await api.analytics.exportCsv.query({ journeyId })).toEqual({ filename: 'VIP-thanks-stats.csv', csv: text });
  });

  it('answers NOT_FOUND to another workspace and 401 without a key', async () => {
    const other = await createWorkspaceWithKey(stack, 'Other');
    const otherApi = apiClient(stack, other.key);
    for (const call of [
      () => otherApi.analytics.nodeStats.query({ journeyId }),
      () => otherApi.analytics.overview.query({ journeyId }),
      () => otherApi.analytics.exportCsv.query({ journeyId }),
      () => otherApi.enrollments.find.query({ journeyId, query: 'insight-1' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    }
    const csv = (authorization?: string) =>
      fetch(`${stack.url}/v1/journeys/${journeyId}/stats.csv`, authorization ? { headers: { authorization } } : {});
    expect((await csv(`Bearer ${other.key}`)).status).toBe(404);
    expect((await csv()).status).toBe(401);
  });
});
