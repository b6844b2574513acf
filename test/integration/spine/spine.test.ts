import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { type JourneyWorkflow } from '@wayfarer/workflows';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

/** trigger → tag → send → stamp card (the example custom node) → grant points → end. */
const welcome: JourneyGraphInput = {
  name: 'Welcome',
  nodes: [
    {
      id: 'trigger',
      type: 'core.trigger.event',
      data: { config: { event: 'signed_up', where: [{ path: 'plan', op: 'eq', value: 'pro' }] } },
    },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['new-member'], setAttributes: { tier: 'new' } } } },
    {
      id: 'send',
      type: 'core.send',
      data: {
        config: { channel: 'outbox', name: 'Welcome', body: '歡迎 {{ customer.name }}! Tier: {{ customer.tier }}' },
      },
    },
    { id: 'stamp', type: 'example.stamp-card', data: { config: { card: 'coffee', size: 5 } } },
    { id: 'reward', type: 'core.reward.points', data: { config: { points: 100, reason: 'welcome gift' } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'tag' },
    { id: 'e2', source: 'tag', sourceHandle: 'out', target: 'send' },
    { id: 'e3', source: 'send', sourceHandle: 'sent', target: 'stamp' },
    { id: 'e4', source: 'stamp', sourceHandle: 'stamped', target: 'reward' },
    { id: 'e5', source: 'stamp', sourceHandle: 'card_full', target: 'end' },
    { id: 'e6', source: 'reward', sourceHandle: 'out', target: 'end' },
  ],
};

describe('the spine: publish through the API, ingest over HTTP, run on Temporal, write once', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('spine');
  });
  afterAll(async () => stack?.close());

  it('runs a published journey for a customer and leaves exactly one message and one ledger row', async () => {
    const { key } = await createWorkspaceWithKey(stack, 'Spine');
    const api = apiClient(stack, key);
    const journey = await api.journeys.create.mutate({ name: 'Welcome', graph: welcome });
    const published = await api.journeys.publish.mutate({ journeyId: journey.id });
    expect(published.number).toBe(1);

    expect(
      (
        await ingest(stack, key, '/v1/identify', {
          userId: 'mei',
          traits: { name: 'Mei', timezone: 'Asia/Taipei', locale: 'zh-TW' },
        })
      ).status,
    ).toBe(200);
    const track = { userId: 'mei', event: 'signed_up', messageId: 'signup-mei-1', properties: { plan: 'pro' } };
    expect((await ingest(stack, key, '/v1/track', track)).status).toBe(200);
    // The client retries: accepted, stored and routed once.
    expect((await ingest(stack, key, '/v1/track', track)).body).toMatchObject({ duplicate: true });
    // Not a pro sign-up: the trigger's property filter keeps this customer out.
    await ingest(stack, key, '/v1/track', {
      userId: 'lin',
      event: 'signed_up',
      messageId: 'signup-lin-1',
      properties: { plan: 'free' },
    });

    const { db } = stack.database;
    const enrollments = await db
      .selectFrom('enrollments')
      .innerJoin('customers', 'customers.id', 'enrollments.customerId')
      .select(['workflowId', 'externalId'])
      .execute();
    expect(enrollments.map((row) => row.externalId)).toEqual(['mei']);
    const summary = await stack.env.client.workflow
      .getHandle<JourneyWorkflow>(enrollments[0]?.workflowId ?? '')
      .result();
    expect(summary).toMatchObject({ outcome: 'completed', path: ['trigger', 'tag', 'send', 'stamp', 'reward', 'end'] });

    const messages = await db.selectFrom('messages').select(['body', 'name']).execute();
    expect(messages).toEqual([{ name: 'Welcome', body: '歡迎 Mei! Tier: new' }]);
    const ledger = await db.selectFrom('pointsLedger').select(['delta', 'reason']).execute();
    expect(ledger).toEqual([{ delta: 100, reason: 'welcome gift' }]);
    const customer = await db
      .selectFrom('customers')
      .select(['attributes', 'timezone'])
      .where('externalId', '=', 'mei')
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({
      timezone: 'Asia/Taipei',
      attributes: { name: 'Mei', tier: 'new', stamps_coffee: 1 },
    });
    expect(
      await db.selectFrom('events').select('messageId').where('messageId', '=', 'signup-mei-1').execute(),
    ).toHaveLength(1);
    const enrollment = await db.selectFrom('enrollments').select('status').executeTakeFirstOrThrow();
    expect(enrollment.status).toBe('completed');
  });
});
