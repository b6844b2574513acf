import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { findCustomerByExternalId } from '@wayfarer/db';
import {
  CUSTOMER_EVENT_SIGNAL,
  JOURNEY_WORKFLOW,
  journeyWorkflowId,
  type JourneyEvent,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';
import { createDevServerEnv } from '../../support/temporal';
import {
  apiJourney,
  createTestWorkspace,
  eventJourney,
  postIngest,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

const TASK_QUEUE = 'server-routing-test';

// No worker polls the queue: started workflows stay open, so the test sees exactly what ingest did.
describe('routing tracked events to journeys (real Temporal, no worker)', () => {
  let env: TestWorkflowEnvironment;
  let temporal: Client;
  let test: TestServer;

  beforeAll(async () => {
    env = await createDevServerEnv();
    temporal = env.client;
    test = await startTestServer('server_routing', { temporal, taskQueue: TASK_QUEUE });
  });
  afterAll(async () => {
    await test?.close();
    await env?.teardown();
  });

  async function setUp(graphs: Record<string, ReturnType<typeof eventJourney>>) {
    const workspace = await createTestWorkspace(test);
    const api = trpcClient(test, workspace.fullKey);
    const journeys: Record<string, { id: string; versionId: string }> = {};
    for (const [name, graph] of Object.entries(graphs)) {
      const journey = await api.journeys.create.mutate({ name, graph });
      journeys[name] = {
        id: journey.id,
        versionId: (await api.journeys.publish.mutate({ journeyId: journey.id })).versionId,
      };
    }
    return { workspace, api, journeys };
  }

  const track = (workspace: TestWorkspace, body: Record<string, unknown>) =>
    postIngest(test, '/v1/track', workspace.ingestKey, body);

  async function customerId(workspace: TestWorkspace, userId: string): Promise<string> {
    const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, userId);
    if (!customer) throw new Error(`no customer ${userId}`);
    return customer.id;
  }

  async function startInput(workflowId: string): Promise<JourneyWorkflowInput> {
    const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
    const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    if (!payload) throw new Error(`no input for ${workflowId}`);
    return defaultPayloadConverter.fromPayload<JourneyWorkflowInput>(payload);
  }

  async function signalsOf(workflowId: string): Promise<JourneyEvent[]> {
    const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).flatMap((event) => {
      const signal = event.workflowExecutionSignaledEventAttributes;
      const payload = signal?.input?.payloads?.[0];
      return signal?.signalName === CUSTOMER_EVENT_SIGNAL && payload
        ? [defaultPayloadConverter.fromPayload<JourneyEvent>(payload)]
        : [];
    });
  }

  async function exists(workflowId: string): Promise<boolean> {
    try {
      await temporal.workflow.getHandle(workflowId).describe();
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  const enrollmentsOf = (id: string) =>
    test.database.db.selectFrom('enrollments').selectAll().where('customerId', '=', id).execute();

  it('starts the live journey whose trigger matches, with the entry event as input', async () => {
    const { workspace, journeys } = await setUp({
      bigPurchase: eventJourney('purchase', { where: [{ path: 'amount', op: 'gte', value: 100 }] }),
      signup: eventJourney('signed_up'),
    });
    const sent = await track(workspace, {
      userId: 'u1',
      event: 'purchase',
      messageId: 'p1',
      properties: { amount: 150 },
      timestamp: '2025-05-01T08:00:00Z',
    });
    expect(sent.status).toBe(200);
    const u1 = await customerId(workspace, 'u1');
    const bigPurchase = journeys.bigPurchase;
    if (!bigPurchase) throw new Error('journey missing');
    const workflowId = journeyWorkflowId(bigPurchase.id, u1);
    const [enrollment, ...others] = await enrollmentsOf(u1);
    expect(others).toEqual([]);
    expect(enrollment).toMatchObject({
      workflowId,
      journeyVersionId: bigPurchase.versionId,
      entryStepId: 'trigger',
      entryEventId: sent.body.eventId,
      status: 'running',
    });
    const description = await temporal.workflow.getHandle(workflowId).describe();
    expect(description).toMatchObject({ type: JOURNEY_WORKFLOW, taskQueue: TASK_QUEUE, status: { name: 'RUNNING' } });
    const version = await test.database.db
      .selectFrom('journeyVersions')
      .select('ir')
      .where('id', '=', bigPurchase.versionId)
      .executeTakeFirstOrThrow();
    expect(await startInput(workflowId)).toEqual({
      irVersion: 1,
      workspaceId: workspace.workspaceId,
      journeyId: bigPurchase.id,
      journeyVersionId: bigPurchase.versionId,
      customerId: u1,
      enrollmentId: enrollment?.id,
      entryStepId: 'trigger',
      entryEvent: {
        id: sent.body.eventId,
        name: 'purchase',
        properties: { amount: 150 },
        timestamp: '2025-05-01T08:00:00.000Z',
      },
      // The version's IR travels with the start: the workflow need not load it.
      ir: version.ir,
    });
  });

  it('starts nothing for another event name, a failing property filter or a paused journey', async () => {
    const { workspace, api, journeys } = await setUp({
      bigPurchase: eventJourney('purchase', { where: [{ path: 'amount', op: 'gte', value: 100 }] }),
      paused: eventJourney('browse'),
    });
    await api.journeys.pause.mutate({ journeyId: journeys.paused?.id ?? '' });
    await track(workspace, { userId: 'u2', event: 'refund', messageId: 'r1', properties: { amount: 500 } });
    await track(workspace, { userId: 'u2', event: 'purchase', messageId: 'p2', properties: { amount: 50 } });
    await track(workspace, { userId: 'u2', event: 'browse', messageId: 'b2' });
    const u2 = await customerId(workspace, 'u2');
    expect(await enrollmentsOf(u2)).toEqual([]);
    expect(await exists(journeyWorkflowId(journeys.bigPurchase?.id ?? '', u2))).toBe(false);
    expect(await exists(journeyWorkflowId(journeys.paused?.id ?? '', u2))).toBe(false);
    const routed = await test.database.db
      .selectFrom('events')
      .select('routedAt')
      .where('customerId', '=', u2)
      .execute();
    expect(routed.every((event) => event.routedAt !== null)).toBe(true);
  });

  it('enters an "enter once" journey once; later events it uses are signalled to the running workflow', async () => {
    const { workspace, journeys } = await setUp({ signup: eventJourney('signed_up', { exitOn: ['signed_up'] }) });
    const first = await track(workspace, { userId: 'u3', event: 'signed_up', messageId: 's1' });
    const second = await track(workspace, { userId: 'u3', event: 'signed_up', messageId: 's2' });
    const u3 = await customerId(workspace, 'u3');
    const workflowId = journeyWorkflowId(journeys.signup?.id ?? '', u3);
    expect((await enrollmentsOf(u3)).map((enrollment) => enrollment.workflowId)).toEqual([workflowId]);
    expect((await startInput(workflowId)).entryEvent?.id).toBe(first.body.eventId);
    expect((await signalsOf(workflowId)).map((event) => event.id)).toEqual([second.body.eventId]);
  });

  it('routes one batch in order: a later call of the customer reaches the journey an earlier one started', async () => {
    const { workspace, journeys } = await setUp({
      signup: eventJourney('signed_up', { exitOn: ['added_to_cart', 'page_viewed'] }),
    });
    const sent = await postIngest(test, '/v1/batch', workspace.ingestKey, {
      batch: [
        { type: 'track', userId: 'u9', event: 'signed_up', messageId: 'b-signup' },
        { type: 'track', userId: 'u9', event: 'added_to_cart', messageId: 'b-cart' },
        { type: 'page', userId: 'u9', name: 'Checkout', messageId: 'b-page' },
      ],
    });
    const [signup, cart, page] = sent.body.results as { eventId: string }[];
    const u9 = await customerId(workspace, 'u9');
    const workflowId = journeyWorkflowId(journeys.signup?.id ?? '', u9);
    expect((await startInput(workflowId)).entryEvent?.id).toBe(signup?.eventId);
    expect((await signalsOf(workflowId)).map((event) => event.id)).toEqual([cart?.eventId, page?.eventId]);
  });

  it('enters an "always" journey once per event, under ids suffixed with the event', async () => {
    const { workspace, journeys } = await setUp({ checkIn: eventJourney('check_in', { reentry: 'always' }) });
    const first = await track(workspace, { userId: 'u4', event: 'check_in', messageId: 'c1' });
    const second = await track(workspace, { userId: 'u4', event: 'check_in', messageId: 'c2' });
    const u4 = await customerId(workspace, 'u4');
    const ids = [first, second].map((sent) =>
      journeyWorkflowId(journeys.checkIn?.id ?? '', u4, String(sent.body.eventId)),
    );
    expect((await enrollmentsOf(u4)).map((enrollment) => enrollment.workflowId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await exists(id)).toBe(true);
  });

  it('routes a repeated messageId once: one event, one entry, no signal', async () => {
    const { workspace, journeys } = await setUp({ signup: eventJourney('signed_up') });
    const first = await track(workspace, { userId: 'u5', event: 'signed_up', messageId: 'same' });
    const again = await track(workspace, { userId: 'u5', event: 'signed_up', messageId: 'same' });
    expect(again.body).toEqual({ success: true, duplicate: true, eventId: first.body.eventId });
    const u5 = await customerId(workspace, 'u5');
    expect(
      await test.database.db.selectFrom('events').select('id').where('customerId', '=', u5).execute(),
    ).toHaveLength(1);
    expect(await enrollmentsOf(u5)).toHaveLength(1);
    expect(await signalsOf(journeyWorkflowId(journeys.signup?.id ?? '', u5))).toEqual([]);
  });

  it('ignores a running enrollment whose workflow has already closed', async () => {
    const { workspace, journeys } = await setUp({ signup: eventJourney('signed_up', { exitOn: ['viewed'] }) });
    await track(workspace, { userId: 'u6', event: 'signed_up', messageId: 'g1' });
    const u6 = await customerId(workspace, 'u6');
    await temporal.workflow.getHandle(journeyWorkflowId(journeys.signup?.id ?? '', u6)).terminate('test');
    const later = await track(workspace, { userId: 'u6', event: 'viewed', messageId: 'g2' });
    expect(later).toMatchObject({ status: 200, body: { success: true } });
  });

  it('starts a journey through its API trigger once per customer', async () => {
    const { workspace, api, journeys } = await setUp({ api: apiJourney(), signup: eventJourney('signed_up') });
    const journeyId = journeys.api?.id ?? '';
    const first = await api.journeys.start.mutate({ journeyId, userId: 'api-user' });
    const again = await api.journeys.start.mutate({ journeyId, userId: 'api-user' });
    expect(first.status).toBe('started');
    expect(again).toEqual({ ...first, status: 'running' });
    const input = await startInput(first.workflowId);
    expect(input).toMatchObject({
      journeyId,
      entryStepId: 'api',
      entryEvent: null,
      customerId: await customerId(workspace, 'api-user'),
    });
    const noApiTrigger = await trpcError(
      api.journeys.start.mutate({ journeyId: journeys.signup?.id ?? '', userId: 'api-user' }),
    );
    expect(noApiTrigger.data?.code).toBe('PRECONDITION_FAILED');
    await api.journeys.pause.mutate({ journeyId });
    expect((await trpcError(api.journeys.start.mutate({ journeyId, userId: 'someone' }))).data?.code).toBe(
      'PRECONDITION_FAILED',
    );
  });
});
