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
  setCustomerAttributes,
  upsertCustomer,
} from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { refreshSegment, refreshSegmentsForCustomer } from '@wayfarer/routing';
import { segmentDefinitionSchema } from '@wayfarer/segments';
import { CUSTOMER_EVENT_SIGNAL, journeyWorkflowId, type JourneyEvent } from '@wayfarer/workflows';
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
});
