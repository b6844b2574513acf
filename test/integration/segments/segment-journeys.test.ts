// Segments end to end on the whole product (Postgres, Temporal dev server, worker, HTTP server):
// membership changes become `segment_entered` / `segment_exited` facts that start and end journeys,
// a tag added by a journey starts "tag added" journeys, and the hourly schedule refreshes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCustomerByExternalId, listSegmentMemberIds, setCustomerAttributes, type Enrollment } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { segmentRefreshScheduleId } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { trpcError } from '../server/support';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';

const wait = (days: number) => ({
  id: 'wait',
  type: 'core.wait',
  data: { config: { mode: 'duration', duration: { amount: days, unit: 'days' } } },
});

/** trigger → wait 7 days → end: the customer stays inside, waiting. */
function waitingJourney(trigger: JourneyGraphInput['nodes'][number], settings: JourneyGraphInput['settings'] = {}) {
  return {
    nodes: [{ ...trigger, id: 'trigger' }, wait(7), { id: 'end', type: 'core.end' }],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
    settings,
  } satisfies JourneyGraphInput;
}

const segmentTrigger = (segmentId: string) => ({
  id: 'trigger',
  type: 'core.trigger.segment',
  data: { config: { segmentId } },
});

describe('segments drive journeys (real Postgres + Temporal dev server + worker + server)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('segment_journeys');
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function workspace() {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, 'Segments');
    return { workspaceId, key, api: apiClient(stack, key) };
  }

  async function publish(api: ApiClient, name: string, graph: JourneyGraphInput): Promise<string> {
    const journey = await api.journeys.create.mutate({ name, graph });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    return journey.id;
  }

  async function customerId(workspaceId: string, userId: string): Promise<string> {
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, userId);
    if (!customer) throw new Error(`no customer ${userId}`);
    return customer.id;
  }

  async function enrollments(journeyId: string): Promise<Enrollment[]> {
    return stack.database.db.selectFrom('enrollments').selectAll().where('journeyId', '=', journeyId).execute();
  }

  const identify = async (key: string, userId: string, traits: Record<string, unknown>) => {
    const response = await ingest(stack, key, '/v1/identify', { userId, traits });
    expect(response.status).toBe(200);
  };

  it('an identify that makes a customer match enters them into the segment journey, and no one else', async () => {
    const { workspaceId, key, api } = await workspace();
    const taipei = await api.segments.create.mutate({
      name: 'Taipei',
      rule: { type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' },
    });
    const journeyId = await publish(api, 'Welcome Taipei', waitingJourney(segmentTrigger(taipei.id)));

    await identify(key, 'ann', { city: 'Taipei' });
    await identify(key, 'bob', { city: 'Tainan' });
    const ann = await customerId(workspaceId, 'ann');
    const bob = await customerId(workspaceId, 'bob');

    const [entry] = await eventually(async () => {
      const rows = await enrollments(journeyId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(entry).toMatchObject({ customerId: ann, status: 'running' });
    expect((await enrollments(journeyId)).map((row) => row.customerId)).toEqual([ann]);
    expect(await listSegmentMemberIds(stack.database.db, taipei.id, { limit: 10 })).toEqual([ann]);

    // The entry is a fact on ann's timeline, and the customers list filters by the segment.
    const profile = await api.customers.get.query({ customerId: ann });
    expect(profile.timeline.items).toContainEqual(
      expect.objectContaining({
        kind: 'event',
        name: 'segment_entered',
        properties: { segmentId: taipei.id, segmentName: 'Taipei' },
      }),
    );
    const listed = await api.customers.list.query({ segmentId: taipei.id });
    expect(listed.items.map((item) => item.id)).toEqual([ann]);
    const segments = await api.segments.list.query();
    expect(segments.map((segment) => [segment.name, segment.memberCount])).toEqual([['Taipei', 1]]);
    expect(bob).not.toBe(ann);
  });

  it('a customer who leaves the segment exits the journey that is waiting (exitOn segment_exited)', async () => {
    const { workspaceId, key, api } = await workspace();
    const vip = await api.segments.create.mutate({
      name: 'VIP plan',
      rule: { type: 'attribute', key: 'plan', op: 'eq', value: 'vip' },
    });
    const journeyId = await publish(
      api,
      'VIP care',
      waitingJourney(segmentTrigger(vip.id), {
        exitOn: [{ event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: vip.id }] }],
      }),
    );
    await identify(key, 'cat', { plan: 'vip' });
    const cat = await customerId(workspaceId, 'cat');
    const waiting = await eventually(async () => {
      const [row] = await enrollments(journeyId);
      if (!row) return undefined;
      const state = await stack.env.client.workflow.getHandle(row.workflowId).query<{ status: string }>('state');
      return state.status === 'waiting' ? row : undefined;
    });
    expect(waiting.customerId).toBe(cat);

    await identify(key, 'cat', { plan: 'basic' });
    const exited = await eventually(async () => {
      const [row] = await enrollments(journeyId);
      return row?.status === 'exited' ? row : undefined;
    });
    expect(exited.exitReason).toBe('exit_event:segment_exited');
    expect(await listSegmentMemberIds(stack.database.db, vip.id, { limit: 10 })).toEqual([]);
  });

  it("a tag added by a journey's tag step starts the tag-added journey and updates segments", async () => {
    const { workspaceId, key, api } = await workspace();
    const tagged = await api.segments.create.mutate({ name: 'Tagged VIP', rule: { type: 'tag', tag: 'VIP' } });
    await publish(api, 'Promote', {
      nodes: [
        { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        { id: 'tag', type: 'core.tag', data: { config: { add: ['VIP'] } } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'tag' },
        { id: 'e2', source: 'tag', sourceHandle: 'out', target: 'end' },
      ],
    });
    const welcomeVip = await publish(
      api,
      'Welcome VIP',
      waitingJourney({ id: 'trigger', type: 'core.trigger.tag', data: { config: { tag: 'VIP' } } }),
    );
    const onTaggedSegment = await publish(api, 'Tagged segment', waitingJourney(segmentTrigger(tagged.id)));

    const response = await ingest(stack, key, '/v1/track', { userId: 'dan', event: 'signed_up', messageId: 'dan-1' });
    expect(response.status).toBe(200);
    const dan = await customerId(workspaceId, 'dan');
    const [entry] = await eventually(async () => {
      const rows = await enrollments(welcomeVip);
      return rows.length > 0 ? rows : undefined;
    });
    expect(entry).toMatchObject({ customerId: dan, status: 'running', entryEventId: null });
    const [segmentEntry] = await eventually(async () => {
      const rows = await enrollments(onTaggedSegment);
      return rows.length > 0 ? rows : undefined;
    });
    expect(segmentEntry?.customerId).toBe(dan);
    expect(await listSegmentMemberIds(stack.database.db, tagged.id, { limit: 10 })).toEqual([dan]);
  });

  it('count and preview an unsaved rule; the hourly schedule refreshes members whose data changed quietly', async () => {
    const { workspaceId, key, api } = await workspace();
    await identify(key, 'eve', { city: 'Taipei', age: 30 });
    await identify(key, 'fay', { city: 'Taipei', age: 17 });
    const rule = {
      type: 'all' as const,
      rules: [
        { type: 'attribute' as const, key: 'city', op: 'eq' as const, value: 'Taipei' },
        { type: 'attribute' as const, key: 'age', op: 'gte' as const, value: 18 },
      ],
    };
    expect(await api.segments.count.query({ rule })).toEqual({ count: 1 });
    const preview = await api.segments.preview.query({ rule, limit: 5 });
    expect(preview.count).toBe(1);
    expect(preview.members.map((member) => member.externalId)).toEqual(['eve']);

    const adults = await api.segments.create.mutate({ name: 'Taipei adults', rule });
    expect(adults.refreshed).toEqual({ entered: 1, left: 0 });
    const journeyId = await publish(api, 'Adults', waitingJourney(segmentTrigger(adults.id)));

    // fay's birthday is written without going through ingest: only the scheduled refresh sees it.
    const fay = await customerId(workspaceId, 'fay');
    await setCustomerAttributes(stack.database.db, fay, { age: 18 });
    const schedule = stack.env.client.schedule.getHandle(segmentRefreshScheduleId(workspaceId));
    expect((await schedule.describe()).spec.intervals?.[0]?.every).toBe(3_600_000);
    await schedule.trigger();
    const [entry] = await eventually(async () => {
      const rows = await enrollments(journeyId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(entry?.customerId).toBe(fay);
    expect((await api.segments.get.query({ id: adults.id })).refreshedAt).not.toBeNull();
    const members = await listSegmentMemberIds(stack.database.db, adults.id, { limit: 10 });
    expect(members.sort()).toEqual([await customerId(workspaceId, 'eve'), fay].sort());
  });

  it('updates only the fields given, re-refreshes on a rule change, archives, and scopes to the workspace', async () => {
    const { key, api } = await workspace();
    const other = await workspace();
    await identify(key, 'gus', { plan: 'pro' });
    const segment = await api.segments.create.mutate({
      name: 'Pro',
      description: 'Paying customers',
      rule: { type: 'attribute', key: 'plan', op: 'eq', value: 'basic' },
    });
    expect(segment.refreshed).toEqual({ entered: 0, left: 0 });
    const renamed = await api.segments.update.mutate({ id: segment.id, name: 'Pro plan' });
    expect(renamed).toMatchObject({ name: 'Pro plan', description: 'Paying customers' });
    const changed = await api.segments.update.mutate({
      id: segment.id,
      rule: { type: 'attribute', key: 'plan', op: 'eq', value: 'pro' },
    });
    expect(changed.refreshed).toEqual({ entered: 1, left: 0 });

    expect((await trpcError(other.api.segments.get.query({ id: segment.id }))).data?.code).toBe('NOT_FOUND');
    const invalid = await trpcError(
      api.segments.count.query({ rule: { type: 'attribute', key: 'plan', op: 'like', value: 'x' } }),
    );
    expect(invalid.data?.code).toBe('BAD_REQUEST');
    expect(invalid.data?.issues?.[0]?.path).toBe('rule.op');

    const archived = await api.segments.archive.mutate({ id: segment.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(await api.segments.list.query()).toEqual([]);
    expect((await api.segments.list.query({ includeArchived: true })).map((item) => item.memberCount)).toEqual([1]);
    expect((await trpcError(api.segments.update.mutate({ id: segment.id, name: 'again' }))).data?.code).toBe(
      'PRECONDITION_FAILED',
    );
  });
});
