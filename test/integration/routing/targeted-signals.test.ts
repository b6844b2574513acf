import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/client';
import { findCustomerByExternalId, type Enrollment } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { CUSTOMER_EVENT_SIGNAL, type JourneyEvent } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

const aDay = { amount: 1, unit: 'days' } as const;

/** signed_up → `steps` in a row (each leaving by `out` unless named; its `other` port straight to the end) → end. */
function journey(
  steps: { id: string; type: string; config: unknown; port?: string; other?: string }[],
  settings: JourneyGraphInput['settings'] = {},
): JourneyGraphInput {
  const nodes = [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    ...steps.map((step) => ({ id: step.id, type: step.type, data: { config: step.config } })),
    { id: 'end', type: 'core.end' },
  ];
  const ports = ['out', ...steps.map((step) => step.port ?? 'out')];
  const edges = nodes.slice(1).map((node, index) => ({
    id: `e${index}`,
    source: nodes[index]?.id ?? '',
    sourceHandle: ports[index] ?? 'out',
    target: node.id,
  }));
  for (const step of steps) {
    if (step.other !== undefined) {
      edges.push({ id: `${step.id}-${step.other}`, source: step.id, sourceHandle: step.other, target: 'end' });
    }
  }
  return { nodes, edges, settings };
}

const pause = { id: 'pause', type: 'core.wait', config: { mode: 'duration', duration: aDay } };

/** Each journey can use one event, in a different way; customers stay inside for a day. */
const journeys: Record<string, JourneyGraphInput> = {
  waitsForClick: journey([
    {
      id: 'wait',
      type: 'core.wait',
      config: { mode: 'event', event: 'email_clicked', where: [], timeout: aDay },
      port: 'event',
      other: 'timeout',
    },
    { id: 'tag', type: 'core.tag', config: { add: ['clicked'] } },
  ]),
  exitsOnClosing: journey([pause], { exitOn: [{ event: 'account_closed', where: [] }] }),
  convertsOnPurchase: journey([pause], { goal: { event: 'purchase', where: [] } }),
  // A node package's wait (example.wait.card-completed): the event its plan names is used.
  waitsForFullCard: journey([
    {
      id: 'wait',
      type: 'example.wait.card-completed',
      config: { card: 'coffee', timeout: aDay },
      port: 'completed',
      other: 'timed_out',
    },
  ]),
  branchesOnCoupon: journey([
    pause,
    {
      id: 'check',
      type: 'core.branch',
      config: { conditions: [{ subject: 'event', op: 'received', event: 'coupon_used', where: [] }] },
      port: 'true',
      other: 'false',
    },
  ]),
};

/** The event each journey can use, by journey name. */
const uses: Record<string, string> = {
  waitsForClick: 'email_clicked',
  exitsOnClosing: 'account_closed',
  convertsOnPurchase: 'purchase',
  waitsForFullCard: 'stamp_card_completed',
  branchesOnCoupon: 'coupon_used',
};

describe('the router signals an event only to enrollments whose journey can use it', () => {
  let stack: Stack;
  let key: string;
  let workspaceId: string;
  const journeyIds: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack('targeted_signals');
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Targeted'));
    const api = apiClient(stack, key);
    for (const [name, graph] of Object.entries(journeys)) {
      const created = await api.journeys.create.mutate({ name, graph });
      await api.journeys.publish.mutate({ journeyId: created.id });
      journeyIds[name] = created.id;
    }
  });
  afterAll(async () => stack?.close());

  const track = (userId: string, event: string, messageId: string, properties: Record<string, unknown> = {}) =>
    ingest(stack, key, '/v1/track', { userId, event, messageId, properties });

  /** Signs the customer up and waits until every journey has them waiting; their enrollments by journey name. */
  async function enteredEverywhere(userId: string): Promise<Record<string, Enrollment>> {
    await track(userId, 'signed_up', `${userId}-signup`);
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, userId);
    const rows = await stack.database.db
      .selectFrom('enrollments')
      .selectAll()
      .where('customerId', '=', customer?.id ?? '')
      .execute();
    const byName = Object.fromEntries(
      Object.entries(journeyIds).map(([name, id]) => [name, rows.find((row) => row.journeyId === id)]),
    );
    for (const [name, enrollment] of Object.entries(byName)) {
      if (enrollment === undefined) throw new Error(`${userId} did not enter ${name}`);
      // Waiting (the trail of the wait is written before a long wait): later events arrive mid-journey.
      await eventually(async () => {
        const entered = await stack.database.db
          .selectFrom('stepEvents')
          .select('id')
          .where('enrollmentId', '=', enrollment.id)
          .where('kind', '=', 'entered')
          .where('stepId', 'in', ['wait', 'pause'])
          .executeTakeFirst();
        return entered ?? undefined;
      });
    }
    return byName as Record<string, Enrollment>;
  }

  async function signalledNames(workflowId: string): Promise<string[]> {
    const history = await stack.env.client.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).flatMap((event) => {
      const signal = event.workflowExecutionSignaledEventAttributes;
      const payload = signal?.input?.payloads?.[0];
      return signal?.signalName === CUSTOMER_EVENT_SIGNAL && payload
        ? [defaultPayloadConverter.fromPayload<JourneyEvent>(payload).name]
        : [];
    });
  }

  async function signalsByJourney(enrollments: Record<string, Enrollment>): Promise<Record<string, string[]>> {
    const entries = await Promise.all(
      Object.entries(enrollments).map(async ([name, enrollment]) => [
        name,
        await signalledNames(enrollment.workflowId),
      ]),
    );
    return Object.fromEntries(entries) as Record<string, string[]>;
  }

  const enrollment = (id: string) =>
    stack.database.db.selectFrom('enrollments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('signals nothing for an event no journey uses, and each used event only to its journey', async () => {
    const inside = await enteredEverywhere('ann');
    await track('ann', 'page_viewed', 'ann-page');
    await track('ann', 'app_opened', 'ann-app');
    expect(await signalsByJourney(inside)).toEqual({
      waitsForClick: [],
      exitsOnClosing: [],
      convertsOnPurchase: [],
      waitsForFullCard: [],
      branchesOnCoupon: [],
    });
    // The branch reads its event later, after the pause: it arrives now and waits in the journey.
    await track('ann', 'coupon_used', 'ann-coupon');
    expect(await signalsByJourney(inside)).toEqual({
      waitsForClick: [],
      exitsOnClosing: [],
      convertsOnPurchase: [],
      waitsForFullCard: [],
      branchesOnCoupon: ['coupon_used'],
    });
  });

  it('loses no needed signal: the wait moves on, the exit ends the journey, the goal is recorded', async () => {
    const inside = await enteredEverywhere('bob');
    for (const name of ['email_clicked', 'account_closed', 'purchase', 'page_viewed']) {
      await track('bob', name, `bob-${name}`);
    }
    await track('bob', 'stamp_card_completed', 'bob-card', { card: 'coffee', size: 10 });
    const { waitsForClick, exitsOnClosing, convertsOnPurchase, waitsForFullCard } = inside;
    if (!waitsForClick || !exitsOnClosing || !convertsOnPurchase || !waitsForFullCard) {
      throw new Error('enrollments missing');
    }
    for (const waiting of [waitsForClick, waitsForFullCard]) {
      expect(
        await eventually(async () => ((await enrollment(waiting.id)).status === 'completed' ? true : undefined)),
      ).toBe(true);
    }
    const exited = await eventually(async () => {
      const row = await enrollment(exitsOnClosing.id);
      return row.status === 'exited' ? row : undefined;
    });
    expect(exited.exitReason).toBe('exit_event:account_closed');
    const converted = await eventually(async () => {
      const row = await enrollment(convertsOnPurchase.id);
      return row.goalReachedAt === null ? undefined : row;
    });
    expect(converted.status).toBe('running');
    const tags = await stack.database.db
      .selectFrom('customerTags')
      .select('tag')
      .where('customerId', '=', waitsForClick.customerId)
      .execute();
    expect(tags.map((row) => row.tag)).toEqual(['clicked']);
    const signals = await signalsByJourney(inside);
    for (const [name, used] of Object.entries(uses)) {
      expect(signals[name], name).toEqual(name === 'branchesOnCoupon' ? [] : [used]);
    }
  });
});
