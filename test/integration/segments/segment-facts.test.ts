// Membership changes as routed facts, on real Postgres and a Temporal dev server with no worker:
// the started workflows stay open, so the test sees exactly what routing did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  addCustomerTags,
  createSegment,
  recordSegmentFacts,
  refreshCustomerMemberships,
  saveRichMenuRules,
  setCustomerAttributes,
  upsertCustomer,
} from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { refreshSegment, refreshSegmentsForCustomer } from '@wayfarer/routing';
import { segmentDefinitionSchema } from '@wayfarer/segments';
import {
  CUSTOMER_EVENT_SIGNAL,
  journeyWorkflowId,
  richMenuSyncWorkflowId,
  type JourneyEvent,
} from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createDevServerEnv } from '../../support/temporal';
import { createRoutingFixture, type RoutingFixture } from '../routing/support';

const TASK_QUEUE = 'segment-facts-test';

function segmentJourney(segmentId: string, settings: JourneyGraphInput['settings'] = {}): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.segment', data: { config: { segmentId } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
    settings,
  };
}

describe('segment membership facts (real Postgres + Temporal, no worker)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    env = await createDevServerEnv();
    database = await createTestDatabase('segment_facts');
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  async function segment(f: RoutingFixture, name: string, rule: unknown) {
    return createSegment(database.db, f.workspaceId, segmentDefinitionSchema.parse({ name, rule }));
  }

  async function factsOf(customerId: string) {
    return database.db
      .selectFrom('events')
      .select(['name', 'properties', 'timestamp', 'routedAt'])
      .where('customerId', '=', customerId)
      .where('name', 'like', 'segment_%')
      .orderBy('receivedAt')
      .execute();
  }

  async function signalsOf(workflowId: string): Promise<JourneyEvent[]> {
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).flatMap((event) => {
      const signal = event.workflowExecutionSignaledEventAttributes;
      const payload = signal?.input?.payloads?.[0];
      return signal?.signalName === CUSTOMER_EVENT_SIGNAL && payload
        ? [defaultPayloadConverter.fromPayload<JourneyEvent>(payload)]
        : [];
    });
  }

  it('stores entries and exits as routed events and starts only the journeys of that segment', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const vip = await segment(f, 'VIP', { type: 'tag', tag: 'VIP' });
    const other = await segment(f, 'Other', { type: 'tag', tag: 'other' });
    const onVip = await f.publish(
      'on vip',
      segmentJourney(vip.id, {
        exitOn: [{ event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: vip.id }] }],
      }),
    );
    const onOther = await f.publish('on other', segmentJourney(other.id));
    const ann = await f.customer('ann');
    await addCustomerTags(database.db, { workspaceId: f.workspaceId, customerId: ann, tags: ['VIP'], source: 'test' });

    expect(await refreshSegmentsForCustomer(f.deps, { workspaceId: f.workspaceId, customerId: ann })).toEqual({
      entered: [vip.id],
      left: [],
    });
    const [fact] = await factsOf(ann);
    expect(fact).toMatchObject({
      name: 'segment_entered',
      properties: { segmentId: vip.id, segmentName: 'VIP' },
      timestamp: f.clock.now,
    });
    expect(fact?.routedAt).not.toBeNull();
    expect((await f.enrollments(ann)).map((row) => row.journeyId)).toEqual([onVip]);
    expect(onOther).not.toBe(onVip);

    // Leaving is signalled to the running enrollment, whose exitOn criterion uses it.
    await database.db.deleteFrom('customerTags').where('customerId', '=', ann).execute();
    expect(await refreshSegmentsForCustomer(f.deps, { workspaceId: f.workspaceId, customerId: ann })).toEqual({
      entered: [],
      left: [vip.id],
    });
    const signals = await signalsOf(journeyWorkflowId(onVip, ann));
    expect(signals.map((signal) => [signal.name, signal.properties.segmentId])).toEqual([['segment_exited', vip.id]]);
  });

  it('routes facts a crash left unrouted on the next refresh, once', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const pro = await segment(f, 'Pro', { type: 'attribute', key: 'plan', op: 'eq', value: 'pro' });
    const onPro = await f.publish('on pro', segmentJourney(pro.id));
    const bob = await f.customer('bob');
    await setCustomerAttributes(database.db, bob, { plan: 'pro' });
    // The membership change and its fact committed, then the process died before routing.
    await refreshCustomerMemberships(database.db, f.workspaceId, bob, f.clock.now, (trx, change) =>
      recordSegmentFacts(
        trx,
        change.entered.map((entered) => ({
          workspaceId: f.workspaceId,
          customerId: bob,
          segmentId: entered.id,
          segmentName: entered.name,
          kind: 'entered' as const,
          at: change.now,
        })),
      ),
    );
    expect(await f.enrollments(bob)).toEqual([]);
    expect(await refreshSegmentsForCustomer(f.deps, { workspaceId: f.workspaceId, customerId: bob })).toEqual({
      entered: [],
      left: [],
    });
    expect((await f.enrollments(bob)).map((row) => row.journeyId)).toEqual([onPro]);
    expect((await factsOf(bob)).map((fact) => fact.routedAt !== null)).toEqual([true]);
  });

  it('a whole-segment refresh stores and routes each member entry', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const customers = await Promise.all(
      ['c1', 'c2', 'c3'].map((name, index) =>
        upsertCustomer(database.db, { workspaceId: f.workspaceId, externalId: name, traits: { score: index } }),
      ),
    );
    const high = await segment(f, 'High', { type: 'attribute', key: 'score', op: 'gte', value: 1 });
    const onHigh = await f.publish('on high', segmentJourney(high.id, { reentry: 'every' }));
    const diff = await refreshSegment(f.deps, high.id);
    const expected = [customers[1]?.id, customers[2]?.id].sort();
    expect(diff).toEqual({ entered: expected, left: [] });
    const entered = await database.db
      .selectFrom('enrollments')
      .select('customerId')
      .where('journeyId', '=', onHigh)
      .orderBy('customerId')
      .execute();
    expect(entered.map((row) => row.customerId)).toEqual(expected);
  });

  /** trigger on `signup` → wait a week → end, leaving when the customer leaves `segmentId`. */
  function waitingJourney(segmentId: string): JourneyGraphInput {
    return {
      nodes: [
        { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signup', where: [] } } },
        {
          id: 'wait',
          type: 'core.wait',
          data: { config: { mode: 'duration', duration: { amount: 7, unit: 'days' } } },
        },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'wait' },
        { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
      ],
      settings: { exitOn: [{ event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: segmentId }] }] },
    };
  }

  it('a refresh routes the facts a running journey reads and stores the rest routed', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const [ann, bob] = [await f.customer('ann'), await f.customer('bob')];
    const tag = (customerId: string) =>
      addCustomerTags(database.db, { workspaceId: f.workspaceId, customerId, tags: ['VIP'], source: 'test' });
    await Promise.all([tag(ann), tag(bob)]);
    const vip = await segment(f, 'VIP', { type: 'tag', tag: 'VIP' });
    // Nothing in the workspace acts on the entries: they are stored, routed, and start nothing.
    expect((await refreshSegment(f.deps, vip.id)).entered.sort()).toEqual([ann, bob].sort());
    for (const customerId of [ann, bob]) {
      expect((await factsOf(customerId)).map((fact) => [fact.name, fact.routedAt !== null])).toEqual([
        ['segment_entered', true],
      ]);
      expect(await f.enrollments(customerId)).toEqual([]);
    }

    // Ann waits in a journey that leaves on this segment's exit; Bob is in none.
    const waiting = await f.publish('waits', waitingJourney(vip.id));
    await f.track(ann, 'signup', 'ann-signup');
    await database.db.deleteFrom('customerTags').where('customerId', 'in', [ann, bob]).execute();
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    expect((await refreshSegment(f.deps, vip.id)).left.sort()).toEqual([ann, bob].sort());
    const signals = await signalsOf(journeyWorkflowId(waiting, ann));
    expect(signals.map((signal) => [signal.name, signal.properties.segmentId])).toEqual([['segment_exited', vip.id]]);
    for (const customerId of [ann, bob]) {
      expect((await factsOf(customerId)).map((fact) => [fact.name, fact.routedAt !== null])).toEqual([
        ['segment_entered', true],
        ['segment_exited', true],
      ]);
    }
  });

  it('a refresh in a workspace with a rich menu rule routes every fact to it', async () => {
    const f = await createRoutingFixture(database, env.client, TASK_QUEUE);
    const cat = await f.customer('cat');
    await addCustomerTags(database.db, { workspaceId: f.workspaceId, customerId: cat, tags: ['gold'], source: 'test' });
    const gold = await segment(f, 'Gold', { type: 'tag', tag: 'gold' });
    const menuId = '00000000-0000-4000-8000-0000000000aa';
    await saveRichMenuRules(database.db, f.workspaceId, [{ kind: 'segment', segmentId: gold.id, richMenuId: menuId }]);
    expect((await refreshSegment(f.deps, gold.id)).entered).toEqual([cat]);
    const fact = await database.db
      .selectFrom('events')
      .select('id')
      .where('customerId', '=', cat)
      .where('name', '=', 'segment_entered')
      .executeTakeFirstOrThrow();
    // The rule is applied by a workflow started for the fact (no worker here: it stays open).
    const sync = await env.client.workflow.getHandle(richMenuSyncWorkflowId(f.workspaceId, cat, fact.id)).describe();
    expect(sync.status.name).toBe('RUNNING');
  });
});
