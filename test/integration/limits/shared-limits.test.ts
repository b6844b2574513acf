// Request limits that hold across processes: two production server processes on one database
// together admit no more than each limit (ingest per key; ingest without a valid key, all callers
// together; tRPC per caller), and behind a trusted proxy the sign-in limit keys on the real client.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../support/app-processes';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { createWorkspaceWithKey } from '../../support/stack';
import { createDevServerEnv } from '../../support/temporal';

const INGEST_PER_KEY = 20;
const UNAUTHENTICATED = 10;
const TRPC_PER_CALLER = 15;

describe('limits shared by two server processes', () => {
  let temporal: TestWorkflowEnvironment;
  let database: TestDatabase;
  let servers: AppProcess[] = [];
  let key: string;

  beforeAll(async () => {
    [temporal, database] = await Promise.all([createDevServerEnv(), createTestDatabase('limits')]);
    ({ key } = await createWorkspaceWithKey({ database }, 'Limited'));
    const env = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      INGEST_RATE_LIMIT_PER_MIN: String(INGEST_PER_KEY),
      UNAUTHENTICATED_RATE_LIMIT_PER_MIN: String(UNAUTHENTICATED),
      TRPC_RATE_LIMIT_PER_MIN: String(TRPC_PER_CALLER),
      // The test is the proxy: it connects from loopback and says who the client is.
      TRUST_PROXY: '127.0.0.1',
    };
    servers = await Promise.all([startAppProcess('server', env), startAppProcess('server', env)]);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await temporal?.teardown();
    await database?.drop();
  });

  /** `count` requests, alternating between the two servers, eight at a time; their answers. */
  async function spread(count: number, request: (url: string, index: number) => Promise<Response>) {
    const answers: Response[] = [];
    for (let start = 0; start < count; start += 8) {
      const batch = Array.from({ length: Math.min(8, count - start) }, (_, offset) => start + offset);
      answers.push(...(await Promise.all(batch.map((index) => request(servers[index % 2]?.url ?? '', index)))));
    }
    const statuses = answers.map((answer) => answer.status);
    const count429 = statuses.filter((status) => status === 429).length;
    return { answers, statuses, count429 };
  }

  const track = (url: string, bearer: string, index: number) =>
    fetch(`${url}/v1/track`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: `u${index}`, event: 'visited', messageId: randomUUID() }),
    });

  it('admits one API key no more ingest requests than its limit across both processes', async () => {
    const { answers, statuses, count429 } = await spread(2 * INGEST_PER_KEY, (url, index) => track(url, key, index));
    expect(statuses.filter((status) => status === 200)).toHaveLength(INGEST_PER_KEY);
    expect(count429).toBe(INGEST_PER_KEY);
    for (const answer of answers.filter((one) => one.status === 429)) {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await answer.json()).toMatchObject({ error: 'rate_limited' });
    }
  });

  it('limits requests with made-up keys together, however many keys are made up', async () => {
    const { statuses, count429 } = await spread(UNAUTHENTICATED + 15, (url, index) =>
      track(url, `wf_made_up_${randomUUID()}`, index),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(UNAUTHENTICATED);
    expect(count429).toBe(15);
  });

  it('limits tRPC calls per caller across both processes', async () => {
    const input = encodeURIComponent(JSON.stringify({}));
    const { statuses, count429 } = await spread(TRPC_PER_CALLER + 5, (url) =>
      fetch(`${url}/trpc/journeys.list?input=${input}`, { headers: { authorization: `Bearer ${key}` } }),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(TRPC_PER_CALLER);
    expect(count429).toBe(5);
  });

  it('keys the sign-in limit on the client address the trusted proxy forwards', async () => {
    const signIn = (url: string, client: string) =>
      fetch(`${url}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ email: 'mei@example.com', password: 'not her password' }),
      });
    const attacker = '203.0.113.7';
    const { statuses } = await spread(5, (url) => signIn(url, attacker));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await signIn(servers[0]?.url ?? '', attacker)).status).toBe(429);
    // Mei herself, behind the same proxy, is not locked out by the attacker's failures.
    expect((await signIn(servers[1]?.url ?? '', '198.51.100.9')).status).toBe(401);
  });
});
