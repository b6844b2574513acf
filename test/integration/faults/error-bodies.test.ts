// Error answers carry no stack trace or file path (NODE_ENV plays no part: tests run with
// NODE_ENV=test, which tRPC alone would treat as development), and every 4xx has one shape —
// `{ error, message, issues?, limit? }`, or tRPC's envelope with the same facts for /trpc/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../server/support';
import { internalsIn } from './internals';

describe('error answers', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  beforeAll(async () => {
    test = await startTestServer('error_bodies');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  const request = (method: 'GET' | 'POST', url: string, options: { key?: string; body?: string } = {}) =>
    test.server.app.inject({
      method,
      url,
      headers: {
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { payload: options.body }),
    });

  it('tRPC errors, unauthenticated ones included, carry no stack or path', async () => {
    const answers = await Promise.all([
      request('GET', '/trpc/journeys.list?input=%7B%7D'),
      request('GET', '/trpc/journeys.get?input=%7B%22journeyId%22%3A%22nope%22%7D', { key: workspace.fullKey }),
      request('POST', '/trpc/journeys.create', { key: workspace.fullKey, body: '{"name":' }),
      request('POST', '/trpc/no.such.procedure', { key: workspace.fullKey, body: '{}' }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([401, 400, 400, 404]);
    for (const answer of answers) {
      expect(internalsIn(answer.body), answer.body).toBeUndefined();
      expect(answer.json()).toMatchObject({
        error: { message: expect.any(String), data: { code: expect.any(String) } },
      });
    }
  });

  it('states the limit in a 413, on ingest and on tRPC', async () => {
    const big = JSON.stringify({ userId: 'u', event: 'e', properties: { pad: 'x'.repeat(600 * 1024) } });
    // Segment's limits: 32 KiB a call, 500 KiB a batch.
    const call = await request('POST', '/v1/track', { key: workspace.ingestKey, body: big });
    expect(call.statusCode).toBe(413);
    expect(call.json()).toEqual({
      error: 'payload_too_large',
      message: 'The request body is too large: the limit is 32 KiB (32768 bytes).',
      limit: 32_768,
    });
    const batch = await request('POST', '/v1/batch', {
      key: workspace.ingestKey,
      body: JSON.stringify({ batch: [JSON.parse(big)] }),
    });
    expect(batch.statusCode).toBe(413);
    expect(batch.json()).toEqual({
      error: 'payload_too_large',
      message: 'The request body is too large: the limit is 500 KiB (512000 bytes).',
      limit: 512_000,
    });
    const trpc = await request('POST', '/trpc/journeys.validate', {
      key: workspace.fullKey,
      body: JSON.stringify({ graph: { pad: 'x'.repeat(1100 * 1024) } }),
    });
    expect(trpc.statusCode).toBe(413);
    expect(trpc.json()).toMatchObject({
      error: {
        message: 'The request body is too large: the limit is 1 MiB (1048576 bytes).',
        data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, limit: 1_048_576 },
      },
    });
  });

  it('answers every other 4xx in the one shape', async () => {
    const notJson = await request('POST', '/v1/track', { key: workspace.ingestKey, body: '{"userId":' });
    const missing = await request('GET', '/v1/nothing-here');
    const unknownKey = await request('POST', '/v1/track', { key: 'wf_unknown', body: '{}' });
    const invalid = await request('POST', '/v1/track', { key: workspace.ingestKey, body: '{"userId":"u"}' });
    expect([notJson, missing, unknownKey, invalid].map((answer) => [answer.statusCode, answer.json()])).toEqual([
      [
        400,
        { error: 'invalid_request', message: expect.any(String), issues: [{ path: '', message: expect.any(String) }] },
      ],
      [404, { error: 'not_found', message: 'GET /v1/nothing-here does not exist.' }],
      [401, { error: 'invalid_api_key', message: expect.any(String) }],
      [
        400,
        { error: 'invalid_request', message: expect.any(String), issues: [expect.objectContaining({ path: 'event' })] },
      ],
    ]);
  });
});
