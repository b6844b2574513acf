// /healthz reports what the process reaches; /readyz tells a load balancer to send no traffic to an
// instance that cannot reach Temporal or Postgres.
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../channels/http-sink';
import { startTestServer, type TestServer } from '../server/support';

describe('health endpoints when Temporal is unreachable', () => {
  let test: TestServer;
  let temporal: Connection;
  beforeAll(async () => {
    temporal = Connection.lazy({ address: `127.0.0.1:${await closedPort()}` });
    test = await startTestServer('health', { temporal: new Client({ connection: temporal }) });
  });
  afterAll(async () => {
    await test.close();
    await temporal.close();
  });

  it('/healthz answers 200 with each dependency, within its time limit', async () => {
    const started = Date.now();
    const response = await fetch(`${test.url}/healthz`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'degraded',
      database: { ok: true, latencyMs: expect.any(Number) },
      temporal: { ok: false, error: 'unreachable' },
    });
  });

  it('/readyz answers 503', async () => {
    const response = await fetch(`${test.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', temporal: { ok: false } });
  });
});
