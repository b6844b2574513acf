// The server's outer defences: security headers, body size limits, the ingest rate limit, and
// logs that never carry a secret.
import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { createSecretBox } from '@wayfarer/channels';
import { createApiKey, createWorkspace } from '@wayfarer/db';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { createServer } from '@wayfarer/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../support/postgres';
import { postIngest, trpcClient, trpcError, type TestServer } from '../server/support';

const rateLimitPerMin = 5;
const logLines: string[] = [];
let test: TestServer;
let workspaceId: string;
let fullKey: string;

beforeAll(async () => {
  const database = await createTestDatabase('trust_hardening');
  const server = createServer({
    db: database.db,
    temporal: new Client(),
    registry: createNodeRegistry(builtinNodeTypes),
    taskQueue: 'hardening-tests',
    secretBox: createSecretBox(randomBytes(32)),
    ingestRateLimitPerMin: rateLimitPerMin,
    logger: { level: 'trace', stream: { write: (line) => logLines.push(line) } },
  });
  const url = await server.start({ port: 0, host: '127.0.0.1' });
  test = {
    database,
    server,
    url,
    close: async () => {
      await server.stop();
      await database.drop();
    },
  };
  workspaceId = (await createWorkspace(database.db, 'Hardened')).id;
  fullKey = (await createApiKey(database.db, { workspaceId, name: 'full', scope: 'full' })).key;
});

afterAll(async () => {
  await test.close();
});

async function freshKey(): Promise<string> {
  return (await createApiKey(test.database.db, { workspaceId, name: 'fresh', scope: 'full' })).key;
}

const trackEvent = (extra: Record<string, unknown> = {}) => ({
  userId: 'u-1',
  event: 'ping',
  messageId: randomBytes(8).toString('hex'),
  ...extra,
});

describe('security headers', () => {
  it('answers with a CSP and the usual protective headers', async () => {
    const response = await fetch(`${test.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('gives the message preview frame a policy of its own: https images, still no script', async () => {
    const app = await fetch(`${test.url}/healthz`);
    // The app names the hosts it shows images from (LINE's bot pictures); never any https host.
    const sources = (app.headers.get('content-security-policy') ?? '').split(/[\s;]+/);
    expect(sources).toContain('https://profile.line-scdn.net');
    expect(sources).not.toContain('https:');
    const frame = await fetch(`${test.url}/preview-frame`);
    const csp = frame.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("img-src 'self' data: https:");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(await frame.text()).toMatch(/^<!doctype html>/);
  });

  it('puts them on API answers too', async () => {
    const response = await fetch(`${test.url}/v1/track`, { method: 'POST' });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('body size limits', () => {
  const padding = (bytes: number) => 'x'.repeat(bytes);

  // Segment's limits: 32 KB per call, 500 KB per batch.
  const batchOf = (calls: number, bytesEach: number) => ({
    batch: Array.from({ length: calls }, () => ({
      type: 'track',
      ...trackEvent({ properties: { pad: padding(bytesEach) } }),
    })),
  });

  it('refuses an ingest call over 32 KB and a batch over 500 KB with 413 and the limit', async () => {
    const call = await postIngest(
      test,
      '/v1/track',
      await freshKey(),
      trackEvent({ properties: { pad: padding(33 * 1024) } }),
    );
    expect(call.status).toBe(413);
    expect(call.body).toMatchObject({
      error: 'payload_too_large',
      message: expect.stringMatching(/too large.*32 KiB/i),
    });
    const batch = await postIngest(test, '/v1/batch', await freshKey(), batchOf(17, 31 * 1024));
    expect(batch.status).toBe(413);
    expect(batch.body).toMatchObject({
      error: 'payload_too_large',
      message: expect.stringMatching(/too large.*500 KiB/i),
    });
  });

  it('takes an ingest call and a batch under the limits', async () => {
    const call = await postIngest(
      test,
      '/v1/track',
      await freshKey(),
      trackEvent({ properties: { pad: padding(30 * 1024) } }),
    );
    expect(call.status).toBe(200);
    const batch = await postIngest(test, '/v1/batch', await freshKey(), batchOf(13, 30 * 1024));
    expect(batch.status).toBe(200);
  });

  it('takes a tRPC request between the two limits, and refuses one over 1 MiB with 413', async () => {
    const api = trpcClient(test, fullKey);
    const graph = { nodes: [], edges: [], pad: padding(700 * 1024) };
    await expect(api.journeys.validate.mutate({ graph })).resolves.toHaveProperty('problems');
    const response = await fetch(`${test.url}/trpc/journeys.validate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fullKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ graph: { ...graph, pad: padding(1025 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/too large/i);
  });
});

describe('JSON-only API', () => {
  it('refuses a tRPC POST that is not application/json (a cross-site form), even to sign in', async () => {
    const body = JSON.stringify({ email: 'victim@example.com', password: 'attacker-password' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${test.url}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const json = await fetch(`${test.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
    });
    expect(json.status).not.toBe(415);
  });
});

describe('ingest rate limit', () => {
  it('answers 429 with Retry-After once a key exceeds its requests per minute', async () => {
    const key = await freshKey();
    for (let i = 0; i < rateLimitPerMin; i += 1)
      expect((await postIngest(test, '/v1/track', key, trackEvent())).status).toBe(200);
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { authorization: `Bearer ${key}` },
      payload: trackEvent(),
    });
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.json()).toMatchObject({ error: 'rate_limited' });
    // Counted per key: another key is not held back.
    expect((await postIngest(test, '/v1/track', await freshKey(), trackEvent())).status).toBe(200);
  });
});

describe('logs', () => {
  it('never carry a channel credential or an API key', async () => {
    const authToken = `sms-token-${randomBytes(12).toString('hex')}`;
    const api = trpcClient(test, fullKey);
    await api.channels.save.mutate({ channel: 'sms', config: { accountSid: 'AC1', authToken, from: '+15550001111' } });
    // Refused configs carry the secret too.
    await trpcError(api.channels.save.mutate({ channel: 'sms', config: { accountSid: '', authToken, from: 'x' } }));
    const created = await api.apiKeys.create.mutate({ name: 'logged?', scope: 'full' });
    await trpcClient(test, created.key).journeys.list.query();
    await postIngest(test, '/v1/track', created.key, trackEvent());
    await api.apiKeys.revoke.mutate({ id: created.id });
    await trpcError(trpcClient(test, created.key).journeys.list.query());
    // A log line that carries a config with a secret field is censored.
    test.server.app.log.info({ config: { accountSid: 'AC1', authToken } }, 'config');

    const output = logLines.join('');
    expect(output).toContain('incoming request');
    for (const secret of [authToken, created.key, fullKey]) expect(output).not.toContain(secret);
    expect(output).toContain('[redacted]');
  });
});
