import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPayloadConverter, type Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { clickUrl, openPixelUrl } from '@wayfarer/channels';
import { findCustomerByExternalId, insertMessage } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer, type WayfarerServer } from '@wayfarer/server';
import { CUSTOMER_EVENT_SIGNAL, journeyWorkflowId, type JourneyEvent } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createDevServerEnv } from '../../support/temporal';
import { createTestWorkspace, postIngest, trpcClient, type TestServer, type TestWorkspace } from './support';

const TASK_QUEUE = 'server-tracking-test';

/** signed_up → wait for `email_clicked` (3 days) → end. */
const waitForClick: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    {
      id: 'wait',
      type: 'core.wait',
      data: { config: { mode: 'event', event: 'email_clicked', where: [], timeout: { amount: 3, unit: 'days' } } },
    },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'event', target: 'end' },
    { id: 'e3', source: 'wait', sourceHandle: 'timeout', target: 'end' },
  ],
};

// Opens and clicks of tracked emails, served by the API server; no worker polls the queue, so a
// started journey stays open and the test sees exactly what was signalled to it.
describe('email open and click tracking (real Postgres, real Temporal)', () => {
  const linkKey = randomBytes(32);
  let env: TestWorkflowEnvironment;
  let temporal: Client;
  let database: TestDatabase;
  let server: WayfarerServer;
  let test: TestServer;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    env = await createDevServerEnv();
    temporal = env.client;
    database = await createTestDatabase('server_tracking');
    server = createServer({
      db: database.db,
      temporal,
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: TASK_QUEUE,
      trackingLinkKey: linkKey,
    });
    const url = await server.start({ port: 0, host: '127.0.0.1' });
    test = { database, server, url, close: async () => undefined };
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await env?.teardown();
  });

  /** A customer (entered into `journeyId` when given) and an email sent to them. */
  async function sentEmail(journeyId?: string) {
    const userId = `u-${randomBytes(4).toString('hex')}`;
    await postIngest(test, '/v1/track', workspace.ingestKey, { userId, event: 'signed_up', messageId: userId });
    const customer = await findCustomerByExternalId(database.db, workspace.workspaceId, userId);
    if (!customer) throw new Error(`no customer ${userId}`);
    const { id } = await insertMessage(database.db, {
      workspaceId: workspace.workspaceId,
      customerId: customer.id,
      journeyId: journeyId ?? null,
      enrollmentId: null,
      stepId: journeyId ? 'send' : null,
      channel: 'email',
      name: 'Welcome',
      subject: 'Hi',
      body: 'Hi',
      status: 'sent',
      idempotencyKey: `key-${userId}`,
    });
    const tracked = { workspaceId: workspace.workspaceId, customerId: customer.id, messageId: id };
    const path = (link: string) => `${new URL(link).pathname}${new URL(link).search}`;
    return {
      customerId: customer.id,
      messageId: id,
      open: path(openPixelUrl(test.url, linkKey, tracked)),
      click: (target: string) => path(clickUrl(test.url, linkKey, { ...tracked, url: target })),
    };
  }

  const eventsOf = (customerId: string, name: string) =>
    database.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', customerId)
      .where('name', '=', name)
      .execute();

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

  it('answers the pixel without caching and records the first open only', async () => {
    const email = await sentEmail();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const pixel = await server.app.inject({ method: 'GET', url: email.open });
      expect(pixel.statusCode).toBe(200);
      expect(pixel.headers['content-type']).toBe('image/gif');
      expect(pixel.headers['cache-control']).toContain('no-store');
      expect(pixel.rawPayload.subarray(0, 6).toString()).toBe('GIF89a');
    }
    expect(await eventsOf(email.customerId, 'email_opened')).toEqual([
      { name: 'email_opened', properties: { messageId: email.messageId } },
    ]);
  });

  it('answers the pixel for a forged open but records nothing', async () => {
    const email = await sentEmail();
    const other = await sentEmail();
    const forged = email.open.replace(email.messageId, other.messageId);
    const pixel = await server.app.inject({ method: 'GET', url: forged });
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(await eventsOf(other.customerId, 'email_opened')).toEqual([]);
    expect(await eventsOf(email.customerId, 'email_opened')).toEqual([]);
  });

  it('redirects a click to the exact target and records every distinct click', async () => {
    const email = await sentEmail();
    const target = 'https://shop.example.com/sale?utm_source=email&x=%2F#top';
    const answer = await server.app.inject({ method: 'GET', url: email.click(target) });
    expect(answer.statusCode).toBe(302);
    expect(answer.headers.location).toBe(target);
    // An exact repeat straight away is the same click (a scanner or a double tap).
    await server.app.inject({ method: 'GET', url: email.click(target) });
    await server.app.inject({ method: 'GET', url: email.click('https://shop.example.com/other') });
    const clicks = await eventsOf(email.customerId, 'email_clicked');
    expect(clicks.map((event) => event.properties).sort((a, b) => String(a.url).localeCompare(String(b.url)))).toEqual([
      { messageId: email.messageId, url: 'https://shop.example.com/other' },
      { messageId: email.messageId, url: target },
    ]);
  });

  it('refuses an edited or unsigned click link with 400, no redirect, nothing stored', async () => {
    const email = await sentEmail();
    const link = new URL(email.click('https://shop.example.com/'), 'http://x');
    link.searchParams.set('u', 'https://evil.example.com/');
    const edited = await server.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    expect(edited.statusCode).toBe(400);
    expect(edited.headers.location).toBeUndefined();
    const unsigned = await server.app.inject({ method: 'GET', url: '/v1/t/c?u=https%3A%2F%2Fevil.example.com%2F' });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.headers.location).toBeUndefined();
    expect(await eventsOf(email.customerId, 'email_clicked')).toEqual([]);
  });

  it('signals the click to a journey waiting for email_clicked, with the journey and step it came from', async () => {
    const api = trpcClient(test, workspace.fullKey);
    const journey = await api.journeys.create.mutate({ name: 'Wait for click', graph: waitForClick });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    const email = await sentEmail(journey.id);
    const workflowId = journeyWorkflowId(journey.id, email.customerId);
    const answer = await server.app.inject({ method: 'GET', url: email.click('https://shop.example.com/') });
    expect(answer.statusCode).toBe(302);
    const signals = await signalsOf(workflowId);
    expect(signals.map((event) => [event.name, event.properties])).toEqual([
      [
        'email_clicked',
        { messageId: email.messageId, journeyId: journey.id, stepId: 'send', url: 'https://shop.example.com/' },
      ],
    ]);
  });
});
