import { gzipSync } from 'node:zlib';
import { Analytics } from '@segment/analytics-node';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { untilRouted } from '../../support/routed';
import { apiClient, createWorkspaceWithKey, startStack, type Stack } from '../../support/stack';

// Segment's own Node client (@segment/analytics-node), pointed at the server, through all six of
// Segment's calls; then what its spec asks of a receiver that the client does not exercise.

/** The real client, batching everything it is given into one request until flushed. */
function segmentClient(stack: Stack, writeKey: string) {
  const analytics = new Analytics({
    writeKey,
    host: stack.url,
    path: '/v1/batch',
    flushAt: 100,
    flushInterval: 60_000,
    maxRetries: 3,
  });
  const statuses: number[] = [];
  const errors: unknown[] = [];
  analytics.on('http_response', (response) => statuses.push(response.status));
  analytics.on('error', (error) => errors.push(error));
  return { analytics, statuses, errors, flush: () => analytics.closeAndFlush({ timeout: 30_000 }) };
}

/** page_viewed (of the pricing page) → tag → end: a journey an anonymous visitor can enter. */
const pricingVisit: JourneyGraphInput = {
  name: 'Pricing visitors',
  nodes: [
    {
      id: 'trigger',
      type: 'core.trigger.event',
      data: { config: { event: 'page_viewed', where: [{ path: 'name', op: 'eq', value: 'Pricing' }] } },
    },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['saw-pricing'] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'tag' },
    { id: 'e2', source: 'tag', sourceHandle: 'out', target: 'end' },
  ],
};

describe('Segment compatibility, driven by @segment/analytics-node', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('segment_spec');
  });
  afterAll(async () => stack?.close());

  const customerOf = (workspaceId: string, externalId: string) =>
    stack.database.db
      .selectFrom('customers')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('externalId', '=', externalId)
      .executeTakeFirst();
  const eventsOf = (customerId: string) =>
    stack.database.db
      .selectFrom('events')
      .select(['kind', 'name', 'properties'])
      .where('customerId', '=', customerId)
      .orderBy('routeSeq')
      .execute();

  it('stores every call type: an anonymous visit joins the customer who identifies, with their group and alias', async () => {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, 'Segment');
    const client = segmentClient(stack, key);
    const { analytics } = client;
    analytics.page({ anonymousId: 'dev-1', name: 'Pricing', category: 'Plans', properties: { path: '/pricing' } });
    analytics.screen({ anonymousId: 'dev-1', name: 'Home' });
    analytics.track({ anonymousId: 'dev-1', event: 'added_to_cart', properties: { sku: 'tea' } });
    analytics.identify({ userId: 'mei', anonymousId: 'dev-1', traits: { name: 'Mei', timezone: 'Asia/Taipei' } });
    analytics.group({ userId: 'mei', groupId: 'acme', traits: { plan: 'enterprise' } });
    analytics.alias({ previousId: 'mei', userId: 'mei@acme' });
    await client.flush();
    expect(client.errors).toEqual([]);
    expect(client.statuses).toEqual([200]);

    const mei = await customerOf(workspaceId, 'mei');
    expect(mei).toMatchObject({
      timezone: 'Asia/Taipei',
      attributes: { name: 'Mei', group: { id: 'acme', plan: 'enterprise' } },
    });
    expect(await customerOf(workspaceId, 'anon:anonymous_id:dev-1')).toBeUndefined();
    const events = await eventsOf(mei?.id ?? '');
    expect(events.map((event) => [event.kind, event.name])).toEqual([
      ['page', 'page_viewed'],
      ['screen', 'screen_viewed'],
      ['track', 'added_to_cart'],
      ['identify', 'identify'],
      ['group', 'group'],
      ['alias', 'alias'],
    ]);
    expect(events[0]?.properties).toMatchObject({ path: '/pricing', name: 'Pricing', category: 'Plans' });
    const identities = await stack.database.db
      .selectFrom('customerIdentities')
      .select(['kind', 'value'])
      .where('customerId', '=', mei?.id ?? '')
      .execute();
    expect(identities).toEqual(
      expect.arrayContaining([
        { kind: 'anonymous_id', value: 'dev-1' },
        { kind: 'user_id', value: 'mei' },
        { kind: 'user_id', value: 'mei@acme' },
      ]),
    );
  });

  it('starts a journey on an anonymous page view; the enrollment follows the visitor into their profile', async () => {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, 'Anonymous journeys');
    const api = apiClient(stack, key);
    const journey = await api.journeys.create.mutate({ name: 'Pricing visitors', graph: pricingVisit });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    const client = segmentClient(stack, key);
    client.analytics.page({ anonymousId: 'dev-2', name: 'Pricing' });
    await client.flush();
    const visitor = await eventually(() => customerOf(workspaceId, 'anon:anonymous_id:dev-2'));
    const enrollment = await eventually(() =>
      stack.database.db.selectFrom('enrollments').selectAll().where('customerId', '=', visitor.id).executeTakeFirst(),
    );
    // The enrollment is written before its workflow is started: wait for Temporal to know it.
    const run = stack.env.client.workflow.getHandle(enrollment.workflowId);
    await eventually(() =>
      run.describe().then(
        () => true,
        () => undefined,
      ),
    );
    await run.result();

    const later = segmentClient(stack, key);
    later.analytics.identify({ userId: 'ken', anonymousId: 'dev-2', traits: { name: 'Ken' } });
    await later.flush();
    const ken = await customerOf(workspaceId, 'ken');
    expect(ken?.id).toBe(visitor.id);
    const tags = await stack.database.db
      .selectFrom('customerTags')
      .select('tag')
      .where('customerId', '=', visitor.id)
      .execute();
    expect(tags).toEqual([{ tag: 'saw-pricing' }]);
  });

  it('answers a batch with one refused call 207: the client counts it delivered and sends nothing again', async () => {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, 'Mixed batch');
    const client = segmentClient(stack, key);
    let requests = 0;
    client.analytics.on('http_request', () => requests++);
    client.analytics.track({ userId: 'lin', event: 'opened_app' });
    // A device clock a century ahead: this server refuses the call (timestamp), the client does not.
    client.analytics.track({ userId: 'lin', event: 'from_the_future', timestamp: new Date('2126-01-01T00:00:00Z') });
    client.analytics.page({ userId: 'lin', name: 'Home' });
    await client.flush();
    expect(client.statuses).toEqual([207]);
    expect(requests).toBe(1);
    expect(client.errors).toEqual([]);
    const lin = await customerOf(workspaceId, 'lin');
    expect((await eventsOf(lin?.id ?? '')).map((event) => event.name)).toEqual(['opened_app', 'page_viewed']);
  });
});

describe('Segment receiver rules the client does not exercise', () => {
  let stack: Stack;
  let workspaceId: string;
  let key: string;
  beforeAll(async () => {
    stack = await startStack('segment_rules');
    ({ workspaceId, key } = await createWorkspaceWithKey(stack, 'Rules'));
  });
  afterAll(async () => stack?.close());

  const post = (path: string, body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body,
    });
  const customers = (externalId: string) =>
    stack.database.db
      .selectFrom('customers')
      .select(['id', 'externalId'])
      .where('workspaceId', '=', workspaceId)
      .where('externalId', '=', externalId)
      .execute();

  it('reads gzip bodies, and refuses a broken one or an unknown encoding by name', async () => {
    const body = JSON.stringify({ batch: [{ type: 'track', userId: 'zip', event: 'compressed', messageId: 'gz-1' }] });
    const zipped = await post('/v1/batch', new Uint8Array(gzipSync(body)), { 'content-encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(await customers('zip')).toHaveLength(1);
    const broken = await post('/v1/batch', new TextEncoder().encode('not gzip at all'), { 'content-encoding': 'gzip' });
    expect(broken.status).toBe(400);
    const brotli = await post('/v1/batch', body, { 'content-encoding': 'br' });
    expect(brotli.status).toBe(415);
    expect(await brotli.json()).toMatchObject({ message: expect.stringContaining('gzip') });
  });

  it("holds Segment's limits: 32 KB per call, 500 KB per batch", async () => {
    const big = { userId: 'big', event: 'big', properties: { blob: 'x'.repeat(33 * 1024) } };
    const single = await post('/v1/track', JSON.stringify(big));
    expect(single.status).toBe(413);
    expect(await single.json()).toMatchObject({
      error: 'payload_too_large',
      message: expect.stringContaining('32 KiB'),
    });
    const calls = Array.from({ length: 17 }, (_, index) => ({ ...big, type: 'track', messageId: `big-${index}` }));
    const batch = await post('/v1/batch', JSON.stringify({ batch: calls }));
    expect(batch.status).toBe(413);
    expect(await batch.json()).toMatchObject({ message: expect.stringContaining('500 KiB') });
  });

  it('stores a 500-call batch of new customers and routes it after the answer', async () => {
    const batch = Array.from({ length: 500 }, (_, index) => ({
      type: 'track',
      userId: `bulk-${index}`,
      event: 'bulk_imported',
      messageId: `bulk-${index}`,
    }));
    const response = await post('/v1/batch', JSON.stringify({ batch }));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { duplicate: boolean }[] };
    expect(results.filter((result) => !result.duplicate)).toHaveLength(500);
    await untilRouted(stack.database.db);
    const stored = await stack.database.db
      .selectFrom('events')
      .select(['routeSeq', 'routedAt'])
      .where('name', '=', 'bulk_imported')
      .orderBy('routeSeq')
      .execute();
    expect(stored).toHaveLength(500);
    expect(stored.every((event) => event.routedAt !== null)).toBe(true);
  });

  it('answers a repeated messageId from an unknown userId without creating a profile for it', async () => {
    const first = await post('/v1/track', JSON.stringify({ userId: 'first', event: 'a', messageId: 'repeat-1' }));
    const repeat = await post(
      '/v1/track',
      JSON.stringify({ userId: 'someone-new', event: 'a', messageId: 'repeat-1' }),
    );
    const { eventId } = (await first.json()) as { eventId: string };
    expect(await repeat.json()).toEqual({ success: true, duplicate: true, eventId });
    expect(await customers('someone-new')).toEqual([]);
  });

  it('keeps two people who signed in on one device apart', async () => {
    await post('/v1/identify', JSON.stringify({ userId: 'amy', anonymousId: 'shared-tablet' }));
    await post('/v1/identify', JSON.stringify({ userId: 'bo', anonymousId: 'shared-tablet' }));
    const [amy] = await customers('amy');
    const [bo] = await customers('bo');
    expect(amy && bo && amy.id !== bo.id).toBe(true);
  });
});
