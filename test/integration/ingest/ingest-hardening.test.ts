import { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCustomerByExternalId, listCustomerIdentities, listCustomerMerges } from '@wayfarer/db';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer } from '@wayfarer/server';
import {
  createTestWorkspace,
  postIngest,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

const hour = 60 * 60 * 1000;

describe('ingest identities and timestamps', () => {
  let test: TestServer;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    test = await startTestServer('ingest_hardening');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  const identify = (body: Record<string, unknown>) => postIngest(test, '/v1/identify', workspace.ingestKey, body);
  const track = (body: Record<string, unknown>) => postIngest(test, '/v1/track', workspace.ingestKey, body);
  const customer = (externalId: string) =>
    findCustomerByExternalId(test.database.db, workspace.workspaceId, externalId);

  it('normalises email and phone into identities and finds the customer by either', async () => {
    const first = await identify({ userId: 'lin', traits: { email: '  Lin@Example.COM ', phone: '+886 912-345-678' } });
    expect(first.status).toBe(200);
    const lin = await customer('lin');
    const identities = await listCustomerIdentities(test.database.db, lin?.id ?? '');
    expect(identities.map((i) => `${i.kind}:${i.value}`)).toEqual([
      'email:lin@example.com',
      'phone:+886912345678',
      'user_id:lin',
    ]);
    // A track known only by phone lands on the same customer.
    const byPhone = await track({
      event: 'opened',
      messageId: 'phone-1',
      context: { traits: { phone: '+886912345678' } },
    });
    expect(byPhone.status).toBe(200);
    const stored = await test.database.db
      .selectFrom('events')
      .select('customerId')
      .where('messageId', '=', 'phone-1')
      .executeTakeFirst();
    expect(stored?.customerId).toBe(lin?.id);
  });

  it('refuses an invalid phone, naming the field', async () => {
    const response = await identify({ userId: 'x', traits: { phone: '12345' } });
    expect(response).toEqual({
      status: 400,
      body: {
        error: 'invalid_request',
        message: 'The request is invalid.',
        issues: [{ path: 'traits.phone', message: expect.stringContaining('phone') }],
      },
    });
  });

  it('requires userId or an identity', async () => {
    const response = await track({ event: 'opened' });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ path: 'userId', message: expect.stringContaining('traits.email') }]);
  });

  it('merges two customers claimed by one identify, the userId winning', async () => {
    await identify({ userId: 'alice', traits: { plan: 'pro' } });
    await identify({ traits: { email: 'bob@example.com', city: 'Taipei', plan: 'free' } });
    await track({ event: 'purchase', messageId: 'bob-1', context: { traits: { email: 'bob@example.com' } } });
    const merged = await identify({ userId: 'alice', traits: { email: 'BOB@example.com' } });
    expect(merged.status).toBe(200);
    const alice = await customer('alice');
    expect(alice?.attributes).toEqual({ plan: 'pro', city: 'Taipei', email: 'bob@example.com' });
    expect(await listCustomerMerges(test.database.db, alice?.id ?? '')).toHaveLength(1);
    const event = await test.database.db
      .selectFrom('events')
      .select('customerId')
      .where('messageId', '=', 'bob-1')
      .executeTakeFirst();
    expect(event?.customerId).toBe(alice?.id);
  });

  it('keeps a timestamp as sent, beside the receive time, within 24 hours ahead', async () => {
    const ahead = new Date(Date.now() + 2 * hour);
    const response = await track({ userId: 'u', event: 'e', messageId: 'ts-ahead', timestamp: ahead.toISOString() });
    expect(response.status).toBe(200);
    const row = await test.database.db
      .selectFrom('events')
      .select(['timestamp', 'receivedAt'])
      .where('messageId', '=', 'ts-ahead')
      .executeTakeFirstOrThrow();
    expect(row.timestamp.toISOString()).toBe(ahead.toISOString());
    expect(row.receivedAt.getTime()).toBeLessThan(ahead.getTime());
  });

  it('refuses timestamps more than 24 hours ahead or before 2000, naming the field', async () => {
    const future = await track({ userId: 'u', event: 'e', timestamp: new Date(Date.now() + 25 * hour).toISOString() });
    expect(future).toEqual({
      status: 400,
      body: {
        error: 'invalid_request',
        message: 'The request is invalid.',
        issues: [{ path: 'timestamp', message: expect.stringContaining('24 hours') }],
      },
    });
    const past = await postIngest(test, '/v1/batch', workspace.ingestKey, {
      batch: [{ type: 'identify', userId: 'u', timestamp: '1999-12-31T23:59:59Z' }],
    });
    expect(past.status).toBe(400);
    expect(past.body.issues).toEqual([{ path: 'batch.0.timestamp', message: expect.stringContaining('2000') }]);
  });
});

describe('ingest rate limit', () => {
  it('answers 429 with Retry-After once a key is over its limit, counting keys apart', async () => {
    const base = await startTestServer('ingest_rate_limit');
    const server = createServer({
      db: base.database.db,
      temporal: new Client(),
      registry: createNodeRegistry(builtinNodeTypes),
      taskQueue: 'rate-limit-tests',
      ingestRateLimitPerMin: 2,
    });
    try {
      const workspace = await createTestWorkspace(base);
      const post = (key: string) =>
        server.app.inject({
          method: 'POST',
          url: '/v1/identify',
          headers: { authorization: `Bearer ${key}` },
          payload: { userId: 'u1' },
        });
      expect((await post(workspace.ingestKey)).statusCode).toBe(200);
      expect((await post(workspace.ingestKey)).statusCode).toBe(200);
      const limited = await post(workspace.ingestKey);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ error: 'rate_limited' });
      // Another key of the same workspace has its own budget.
      expect((await post(workspace.fullKey)).statusCode).toBe(200);
    } finally {
      await server.app.close();
      await base.close();
    }
  });
});
