import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';
import { liveApiClient } from './support';

/** joined → wait for `purchased` (2 days) — event → tag → end; — timeout → end. Goal: `purchased`. */
const waitForPurchase: JourneyGraphInput = {
  nodes: [
    { id: 'joined', type: 'core.trigger.event', data: { config: { event: 'joined', where: [] } } },
    {
      id: 'wait',
      type: 'core.wait',
      data: { config: { mode: 'event', event: 'purchased', where: [], timeout: { amount: 2, unit: 'days' } } },
    },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['buyer'] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'joined', sourceHandle: 'out', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'event', target: 'tag' },
    { id: 'e3', source: 'wait', sourceHandle: 'timeout', target: 'end' },
    { id: 'e4', source: 'tag', sourceHandle: 'out', target: 'end' },
  ],
  settings: { goal: { event: 'purchased' } },
};

type LiveStats = Awaited<ReturnType<ReturnType<typeof apiClient>['analytics']['nodeStats']['query']>>;

function node(stats: LiveStats | undefined, stepId: string) {
  return stats?.nodes.find((candidate) => candidate.stepId === stepId);
}

describe('live node stats over SSE and the enrollment explorer', () => {
  let stack: Stack;
  let key: string;
  let journeyId: string;
  const received: LiveStats[] = [];
  let unsubscribe: (() => void) | undefined;

  beforeAll(async () => {
    stack = await startStack('analytics_live');
    key = (await createWorkspaceWithKey(stack, 'Live')).key;
    const api = apiClient(stack, key);
    journeyId = (await api.journeys.create.mutate({ name: 'Purchase', graph: waitForPurchase })).id;
    await api.journeys.publish.mutate({ journeyId });
  }, 120_000);
  // The live stream is still open: stopping the server must end it rather than wait for it.
  afterAll(async () => {
    await stack?.close();
    unsubscribe?.();
  });

  const join = async (userId: string, traits: Record<string, unknown>) => {
    expect((await ingest(stack, key, '/v1/identify', { userId, traits })).status).toBe(200);
    const joined = { userId, event: 'joined', messageId: `joined-${userId}` };
    expect((await ingest(stack, key, '/v1/track', joined)).status).toBe(200);
  };
  const latest = () => received.at(-1);

  it('pushes the node stats to a subscriber at once and again after each change', async () => {
    const live = liveApiClient(stack, key);
    const subscription = live.analytics.live.subscribe(
      { journeyId },
      { onData: (stats) => received.push(stats), onError: (error) => received.push({ error } as never) },
    );
    unsubscribe = () => subscription.unsubscribe();
    const first = await eventually(async () => latest());
    expect(first.nodes.map((entry) => [entry.stepId, entry.entered, entry.waiting])).toEqual([
      ['joined', 0, 0],
      ['wait', 0, 0],
      ['tag', 0, 0],
      ['end', 0, 0],
    ]);

    await join('amy', { name: 'Amy', email: 'amy@example.com' });
    await eventually(async () => (node(latest(), 'wait')?.waiting === 1 ? true : undefined));
    expect(node(latest(), 'joined')).toEqual({
      stepId: 'joined',
      entered: 1,
      waiting: 0,
      left: { out: 1 },
      errors: 0,
      ended: 0,
      outcomes: [],
    });

    // A later ingest reaches the same subscriber.
    await join('bob', { name: 'Bob' });
    await eventually(async () => (node(latest(), 'wait')?.waiting === 2 ? true : undefined));
    expect(node(latest(), 'wait')).toMatchObject({ entered: 2, left: {} });
  });

  it('finds an enrollment by external id, name or email and shows its path and current wait', async () => {
    const api = apiClient(stack, key);
    const [amy] = await api.enrollments.find.query({ journeyId, query: 'amy' });
    expect(amy).toMatchObject({ externalId: 'amy', displayName: 'Amy', status: 'running', finishedAt: null });
    expect(await api.enrollments.find.query({ journeyId, query: 'AMY@example.com' })).toEqual([amy]);
    expect((await api.enrollments.find.query({ journeyId, query: 'Bo' })).map((row) => row.externalId)).toEqual([
      'bob',
    ]);

    const view = await api.enrollments.get.query({ enrollmentId: amy?.enrollmentId ?? '' });
    expect(view.enrollment).toMatchObject({ ...amy, journeyId });
    expect(view.path.map(({ stepId, visit, port }) => ({ stepId, visit, port }))).toEqual([
      { stepId: 'joined', visit: 1, port: 'out' },
      { stepId: 'wait', visit: 1, port: null },
    ]);
    const [joined, wait] = view.path;
    expect(joined?.leftAt).not.toBeNull();
    expect(wait?.leftAt).toBeNull();
    const times = [joined?.enteredAt, joined?.leftAt, wait?.enteredAt].map((at) => Date.parse(at ?? ''));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(view.current).toEqual({
      stepId: 'wait',
      waitingFor: { kind: 'event', event: 'purchased', until: expect.any(String) as string },
    });
  });

  it('lists who waits at a step and who left one by a port, page by page', async () => {
    const api = apiClient(stack, key);
    const names = (rows: { externalId: string }[]) => rows.map((row) => row.externalId);
    const waiting = await api.enrollments.find.query({ journeyId, at: { stepId: 'wait' } });
    expect(names(waiting)).toEqual(['bob', 'amy']);
    expect(names(await api.enrollments.find.query({ journeyId, at: { stepId: 'joined', port: 'out' } }))).toEqual([
      'bob',
      'amy',
    ]);
    expect(await api.enrollments.find.query({ journeyId, at: { stepId: 'joined' } })).toEqual([]);
    expect(await api.enrollments.find.query({ journeyId, at: { stepId: 'wait', port: 'event' } })).toEqual([]);
    expect(names(await api.enrollments.find.query({ journeyId, query: 'amy', at: { stepId: 'wait' } }))).toEqual([
      'amy',
    ]);

    const [first] = await api.enrollments.find.query({ journeyId, at: { stepId: 'wait' }, limit: 1 });
    const cursor = { enteredAt: first?.enteredAt ?? '', enrollmentId: first?.enrollmentId ?? '' };
    const second = await api.enrollments.find.query({ journeyId, at: { stepId: 'wait' }, limit: 1, cursor });
    expect([...names(first ? [first] : []), ...names(second)]).toEqual(['bob', 'amy']);
    const last = second[0];
    const end = { enteredAt: last?.enteredAt ?? '', enrollmentId: last?.enrollmentId ?? '' };
    expect(await api.enrollments.find.query({ journeyId, at: { stepId: 'wait' }, cursor: end })).toEqual([]);
    await expect(
      api.enrollments.find.query({ journeyId, cursor: { enteredAt: 'yesterday', enrollmentId: 'x' } }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });

  it('moves on when the awaited event comes, and removes a customer on request', async () => {
    const api = apiClient(stack, key);
    await ingest(stack, key, '/v1/track', { userId: 'bob', event: 'purchased', messageId: 'purchased-bob' });
    await eventually(async () => (node(latest(), 'tag')?.entered === 1 ? true : undefined));
    const [bob] = await api.enrollments.find.query({ journeyId, query: 'bob' });
    const bobView = await eventually(async () => {
      const view = await api.enrollments.get.query({ enrollmentId: bob?.enrollmentId ?? '' });
      return view.enrollment.status === 'completed' ? view : undefined;
    });
    expect(bobView.current).toBeNull();
    expect(bobView.path.map((visit) => [visit.stepId, visit.port])).toEqual([
      ['joined', 'out'],
      ['wait', 'event'],
      ['tag', 'out'],
      ['end', null],
    ]);
    const byEvent = await api.enrollments.find.query({ journeyId, at: { stepId: 'wait', port: 'event' } });
    expect(byEvent.map((row) => row.externalId)).toEqual(['bob']);
    const stillWaiting = await api.enrollments.find.query({ journeyId, at: { stepId: 'wait' } });
    expect(stillWaiting.map((row) => row.externalId)).toEqual(['amy']);

    const [amy] = await api.enrollments.find.query({ journeyId, query: 'amy' });
    const enrollmentId = amy?.enrollmentId ?? '';
    expect(await api.enrollments.remove.mutate({ enrollmentId })).toEqual({ ok: true });
    const removed = await eventually(async () => {
      const view = await api.enrollments.get.query({ enrollmentId });
      return view.enrollment.status === 'exited' ? view : undefined;
    });
    expect(removed.enrollment.exitReason).toBe('removed_by_marketer');
    expect(removed.current).toBeNull();
    expect(await api.enrollments.remove.mutate({ enrollmentId })).toEqual({ ok: true, alreadyEnded: true });
    await eventually(async () => (node(latest(), 'wait')?.waiting === 0 ? true : undefined));
    expect(node(latest(), 'wait')?.left).toEqual({ event: 1, interrupted: 1 });

    const overview = await api.analytics.overview.query({ journeyId });
    expect(overview).toMatchObject({ enrolled: 2, active: 0, completed: 1, exited: 1, goalReached: 1 });
    expect(overview.conversionRate).toBe(0.5);
    expect(overview.medianTimeToConvertMs).toBeGreaterThanOrEqual(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(overview.daily.at(-1)).toEqual({ day: today, entered: 2, completed: 1, exited: 1, goalReached: 1 });
  });

  it('keeps every workspace to its own enrollments and journeys', async () => {
    const api = apiClient(stack, key);
    const [amy] = await api.enrollments.find.query({ journeyId, query: 'amy' });
    const other = await createWorkspaceWithKey(stack, 'Elsewhere');
    const otherApi = apiClient(stack, other.key);
    const enrollmentId = amy?.enrollmentId ?? '';
    await expect(otherApi.enrollments.get.query({ enrollmentId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(otherApi.enrollments.remove.mutate({ enrollmentId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    const failure = await new Promise<unknown>((resolve) => {
      const subscription = liveApiClient(stack, other.key).analytics.live.subscribe(
        { journeyId },
        {
          onData: () => resolve(new Error('another workspace received stats')),
          onError: (error) => {
            subscription.unsubscribe();
            resolve(error);
          },
        },
      );
    });
    expect(failure).toMatchObject({ data: { code: 'NOT_FOUND' } });
  });
});
