// A node package's own trigger and wait on the real stack (Postgres, Temporal dev server, the
// production worker and server, node types from wayfarer.config.json): the example package's
// "Purchase over an amount" rule decides who enters, and its "Wait for a full stamp card" step waits
// for the event its stamp card step records in another journey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter } from '@temporalio/client';
import { findCustomerByExternalId } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { CUSTOMER_EVENT_SIGNAL, type JourneyEvent } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

/** A purchase of 1,000 or more → wait (a day at most) for a full coffee card → tag `card_done`. */
const bigSpender: JourneyGraphInput = {
  nodes: [
    { id: 'big', type: 'example.trigger.purchase-over', data: { config: { amount: 1000 } } },
    {
      id: 'card',
      type: 'example.wait.card-completed',
      data: { config: { card: 'coffee', timeout: { amount: 1, unit: 'days' } } },
    },
    { id: 'thanks', type: 'core.tag', data: { config: { add: ['card_done'] } } },
  ],
  edges: [
    { id: 'e1', source: 'big', sourceHandle: 'out', target: 'card' },
    { id: 'e2', source: 'card', sourceHandle: 'completed', target: 'thanks' },
  ],
};

/** Every store visit stamps the two-stamp coffee card. */
const coffeeCard: JourneyGraphInput = {
  nodes: [
    { id: 'visit', type: 'core.trigger.event', data: { config: { event: 'store_visit', where: [] } } },
    { id: 'stamp', type: 'example.stamp-card', data: { config: { card: 'coffee', size: 2 } } },
  ],
  edges: [{ id: 'e1', source: 'visit', sourceHandle: 'out', target: 'stamp' }],
  settings: { reentry: 'every' },
};

describe('a custom trigger and a custom wait from a node package', () => {
  let stack: Stack;
  let key: string;
  let workspaceId: string;
  let bigSpenderId: string;

  beforeAll(async () => {
    stack = await startStack('custom_trigger');
    ({ key, workspaceId } = await createWorkspaceWithKey(stack, 'Custom triggers'));
    const api = apiClient(stack, key);
    for (const [name, graph] of [
      ['Big spender', bigSpender],
      ['Coffee card', coffeeCard],
    ] as const) {
      const created = await api.journeys.create.mutate({ name, graph });
      await api.journeys.publish.mutate({ journeyId: created.id });
      if (name === 'Big spender') bigSpenderId = created.id;
    }
  });
  afterAll(async () => stack?.close());

  const track = async (userId: string, event: string, messageId: string, properties: Record<string, unknown> = {}) => {
    const answer = await ingest(stack, key, '/v1/track', { userId, event, messageId, properties });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  };

  async function bigSpenderEnrollments(userId: string) {
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, userId);
    if (!customer) return [];
    return stack.database.db
      .selectFrom('enrollments')
      .selectAll()
      .where('customerId', '=', customer.id)
      .where('journeyId', '=', bigSpenderId)
      .execute();
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

  it('enters a customer whose purchase the rule matches, once; a smaller purchase enters nobody', async () => {
    // The POS sends the amount as text: the package's rule reads it, a property comparison could not.
    await track('ann', 'purchase', 'ann-order-1', { amount: 'NT$1,500' });
    await track('bob', 'purchase', 'bob-order-1', { amount: 999 });
    await track('bob', 'purchase', 'bob-order-2', { amount: '999' });
    await track('ann', 'purchase', 'ann-order-2', { amount: 2000 });

    const ann = await bigSpenderEnrollments('ann');
    expect(ann).toHaveLength(1);
    expect(ann[0]?.entryStepId).toBe('big');
    expect(await bigSpenderEnrollments('bob')).toEqual([]);
    const refused = await stack.database.db
      .selectFrom('enrollments')
      .select('id')
      .where('journeyId', '=', bigSpenderId)
      .execute();
    expect(refused).toHaveLength(1);
  });

  it('moves a waiting customer on when the stamp card step in another journey records the full card', async () => {
    const [enrollment] = await bigSpenderEnrollments('ann');
    if (!enrollment) throw new Error('ann is not in Big spender');
    await eventually(async () =>
      stack.database.db
        .selectFrom('stepEvents')
        .select('id')
        .where('enrollmentId', '=', enrollment.id)
        .where('stepId', '=', 'card')
        .where('kind', '=', 'entered')
        .executeTakeFirst(),
    );
    // One visit at a time: two stamp steps at once would both read the card before either wrote it.
    await track('ann', 'store_visit', 'ann-visit-1');
    await eventually(async () => {
      const customer = await findCustomerByExternalId(stack.database.db, workspaceId, 'ann');
      return customer?.attributes.stamps_coffee === 1 ? true : undefined;
    });
    await track('ann', 'store_visit', 'ann-visit-2');

    const done = await eventually(async () => {
      const row = await stack.database.db
        .selectFrom('enrollments')
        .selectAll()
        .where('id', '=', enrollment.id)
        .executeTakeFirstOrThrow();
      return row.status === 'running' ? undefined : row;
    });
    expect(done.status).toBe('completed');
    const tags = await stack.database.db
      .selectFrom('customerTags')
      .select('tag')
      .where('customerId', '=', enrollment.customerId)
      .execute();
    expect(tags.map((row) => row.tag)).toEqual(['card_done']);
    // Targeted signals: the wait's event reached it; the visits (which it cannot use) did not.
    expect(await signalledNames(enrollment.workflowId)).toEqual(['stamp_card_completed']);
    const left = await stack.database.db
      .selectFrom('stepEvents')
      .select(['stepId', 'port'])
      .where('enrollmentId', '=', enrollment.id)
      .where('stepId', '=', 'card')
      .where('kind', '=', 'left')
      .execute();
    expect(left).toEqual([{ stepId: 'card', port: 'completed' }]);
  });
});
