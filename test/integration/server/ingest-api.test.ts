import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCustomerByExternalId } from '@wayfarer/db';
import { untilRouted } from '../../support/routed';
import { createTestWorkspace, postIngest, startTestServer, type TestServer, type TestWorkspace } from './support';

describe('ingest API (Segment-compatible)', () => {
  let test: TestServer;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    test = await startTestServer('server_ingest');
    workspace = await createTestWorkspace(test);
  });
  afterAll(async () => test.close());

  const eventsOf = (messageId: string) =>
    test.database.db.selectFrom('events').selectAll().where('messageId', '=', messageId).execute();

  it('refuses a missing or unknown key with 401 and a reason', async () => {
    const missing = await postIngest(test, '/v1/track', undefined, { userId: 'u1', event: 'a' });
    expect(missing).toEqual({ status: 401, body: { error: 'missing_api_key', message: expect.any(String) } });
    const unknown = await postIngest(test, '/v1/identify', 'wf_unknown', { userId: 'u1' });
    expect(unknown).toEqual({ status: 401, body: { error: 'invalid_api_key', message: expect.any(String) } });
  });

  it('accepts the key as the HTTP Basic user name (Segment write key)', async () => {
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { authorization: `Basic ${Buffer.from(`${workspace.ingestKey}:`).toString('base64')}` },
      payload: { userId: 'basic-user', event: 'opened_app', messageId: 'basic-1' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ success: true, duplicate: false });
  });

  it('answers 400 naming each bad field of identify, track and batch', async () => {
    const identify = await postIngest(test, '/v1/identify', workspace.ingestKey, { traits: { timezone: 'Mars/Base' } });
    expect(identify.status).toBe(400);
    expect(identify.body).toEqual({
      error: 'invalid_request',
      message: 'The request is invalid.',
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'userId' }),
        expect.objectContaining({ path: 'traits.timezone' }),
      ]),
    });
    const track = await postIngest(test, '/v1/track', workspace.ingestKey, { userId: 'u1', timestamp: 'not a date' });
    expect((track.body.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(['event', 'timestamp']);
    const batch = await postIngest(test, '/v1/batch', workspace.ingestKey, {
      batch: [
        { type: 'track', userId: 'u1', event: 'ok' },
        { type: 'track', userId: 'u1' },
      ],
    });
    // The bad call is refused on its own (207, each call's result); the good one is stored.
    const issue = { path: 'batch.1.event', message: expect.any(String) };
    expect(batch).toEqual({
      status: 207,
      body: {
        success: false,
        results: [
          { eventId: expect.any(String), duplicate: false },
          { error: 'invalid_request', message: 'The request is invalid.', issues: [issue] },
        ],
        issues: [issue],
      },
    });
    expect(await test.database.db.selectFrom('events').select('id').where('name', '=', 'ok').execute()).toHaveLength(1);
    // A batch with nothing to store is refused whole.
    const none = await postIngest(test, '/v1/batch', workspace.ingestKey, { batch: [{ type: 'track', userId: 'u1' }] });
    expect(none).toEqual({
      status: 400,
      body: {
        error: 'invalid_request',
        message: 'The request is invalid.',
        issues: [{ ...issue, path: 'batch.0.event' }],
      },
    });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { authorization: `Bearer ${workspace.ingestKey}`, 'content-type': 'application/json' },
      payload: '{"userId": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('identify creates the profile with canonical time zone and locale, and merges traits', async () => {
    const first = await postIngest(test, '/v1/identify', workspace.ingestKey, {
      userId: 'mei',
      messageId: 'identify-1',
      traits: { name: 'Mei', tier: 'new', timezone: 'asia/taipei' },
      context: { locale: 'zh_TW', timezone: 'Asia/Tokyo' },
    });
    expect(first).toMatchObject({ status: 200, body: { success: true, duplicate: false } });
    await postIngest(test, '/v1/identify', workspace.ingestKey, {
      userId: 'mei',
      messageId: 'identify-2',
      traits: { tier: 'vip' },
    });
    const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'mei');
    expect(customer).toMatchObject({
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
      attributes: { name: 'Mei', tier: 'vip' },
    });
    expect(await eventsOf('identify-1')).toEqual([expect.objectContaining({ kind: 'identify', name: 'identify' })]);
  });

  it('stores a repeated messageId once and answers duplicate', async () => {
    const message = { userId: 'dup-user', event: 'viewed', messageId: 'track-dup', properties: { page: 1 } };
    const first = await postIngest(test, '/v1/track', workspace.ingestKey, message);
    const again = await postIngest(test, '/v1/track', workspace.ingestKey, { ...message, properties: { page: 2 } });
    expect(first.body).toMatchObject({ success: true, duplicate: false });
    expect(again).toEqual({ status: 200, body: { success: true, duplicate: true, eventId: first.body.eventId } });
    await untilRouted(test.database.db);
    const [stored, ...rest] = await eventsOf('track-dup');
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ properties: { page: 1 }, routedAt: expect.any(Date) });
  });

  it('ingests a batch in order and reports each message', async () => {
    const response = await postIngest(test, '/v1/batch', workspace.fullKey, {
      batch: [
        { type: 'identify', userId: 'batch-user', messageId: 'b1', traits: { name: 'Ken' } },
        { type: 'track', userId: 'batch-user', messageId: 'b2', event: 'purchase', timestamp: '2025-03-01T10:00:00Z' },
        { type: 'track', userId: 'batch-user', messageId: 'b2', event: 'purchase' },
      ],
    });
    expect(response.status).toBe(200);
    expect((response.body.results as { duplicate: boolean }[]).map((result) => result.duplicate)).toEqual([
      false,
      false,
      true,
    ]);
    expect(await eventsOf('b2')).toEqual([expect.objectContaining({ timestamp: new Date('2025-03-01T10:00:00Z') })]);
  });

  it('serves the health check', async () => {
    const health = await test.server.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ database: { ok: true }, temporal: { ok: expect.any(Boolean) } });
  });
});
