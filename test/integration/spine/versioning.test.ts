import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { STATE_QUERY, type JourneyState, type JourneyWorkflow } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type Stack } from '../../support/stack';

/** joined → wait up to 1 day for `go` → send `text` → end. */
function waitThenSend(text: string): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
      {
        id: 'wait',
        type: 'core.wait',
        data: { config: { mode: 'event', event: 'go', timeout: { amount: 1, unit: 'days' } } },
      },
      { id: 'send', type: 'core.send', data: { config: { channel: 'outbox', name: 'Hello', body: text } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'event', target: 'send' },
      { id: 'e3', source: 'wait', sourceHandle: 'timeout', target: 'end' },
      { id: 'e4', source: 'send', sourceHandle: 'sent', target: 'end' },
    ],
  };
}

describe('journey versions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('versioning');
  });
  afterAll(async () => stack?.close());

  it('a customer waiting on v1 finishes on v1 while a new customer runs v2', async () => {
    const { key } = await createWorkspaceWithKey(stack, 'Versions');
    const api = apiClient(stack, key);
    const journey = await api.journeys.create.mutate({ name: 'Versions', graph: waitThenSend('from v1') });
    const v1 = await api.journeys.publish.mutate({ journeyId: journey.id });
    await ingest(stack, key, '/v1/track', { userId: 'early', event: 'joined', messageId: 'j-early' });

    const { db } = stack.database;
    const workflowOf = async (userId: string) => {
      const row = await db
        .selectFrom('enrollments')
        .innerJoin('customers', 'customers.id', 'enrollments.customerId')
        .select(['workflowId', 'journeyVersionId'])
        .where('externalId', '=', userId)
        .executeTakeFirstOrThrow();
      return { ...row, handle: stack.env.client.workflow.getHandle<JourneyWorkflow>(row.workflowId) };
    };
    const early = await workflowOf('early');
    // The early customer is parked at the wait on v1 when v2 is published.
    await eventually(async () =>
      (await early.handle.query<JourneyState>(STATE_QUERY)).currentStepId === 'wait' ? true : undefined,
    );

    const current = await api.journeys.get.query({ journeyId: journey.id });
    await api.journeys.saveDraft.mutate({
      journeyId: journey.id,
      graph: waitThenSend('from v2'),
      expectedRevision: current.draftRevision,
    });
    const v2 = await api.journeys.publish.mutate({ journeyId: journey.id });
    expect([v1.number, v2.number]).toEqual([1, 2]);

    await ingest(stack, key, '/v1/track', { userId: 'late', event: 'joined', messageId: 'j-late' });
    const late = await workflowOf('late');
    expect(early.journeyVersionId).toBe(v1.versionId);
    expect(late.journeyVersionId).toBe(v2.versionId);

    // `go` reaches both through the customers' running enrollments (the customerEvent signal).
    await ingest(stack, key, '/v1/track', { userId: 'early', event: 'go', messageId: 'go-early' });
    await ingest(stack, key, '/v1/track', { userId: 'late', event: 'go', messageId: 'go-late' });
    await Promise.all([early.handle.result(), late.handle.result()]);

    const bodies = await db
      .selectFrom('messages')
      .innerJoin('customers', 'customers.id', 'messages.customerId')
      .select(['externalId', 'body'])
      .orderBy('externalId')
      .execute();
    expect(bodies).toEqual([
      { externalId: 'early', body: 'from v1' },
      { externalId: 'late', body: 'from v2' },
    ]);
  });
});
