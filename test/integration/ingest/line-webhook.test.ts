import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, sealLineChannelSecret } from '@wayfarer/channels';
import { findChannelConsent, findCustomerByExternalId, listCustomerIdentities, saveLineChannel } from '@wayfarer/db';
import { createTestWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../server/support';

const secret = 'line-channel-secret';
const box = createSecretBox(randomBytes(32));

// As LINE signs a delivery: base64 HMAC-SHA256 of the raw body with the channel secret.
function sign(body: string, key = secret): string {
  return createHmac('sha256', key).update(body).digest('base64');
}

function lineEvent(type: string, userId: string, webhookEventId: string, extra: Record<string, unknown> = {}) {
  return {
    type,
    mode: 'active',
    timestamp: Date.parse('2026-01-02T03:04:05Z'),
    source: { type: 'user', userId },
    webhookEventId,
    deliveryContext: { isRedelivery: false },
    ...extra,
  };
}

describe('LINE webhook', () => {
  let test: TestServer;
  let workspace: TestWorkspace;

  beforeAll(async () => {
    test = await startTestServer('ingest_line', { secretBox: box });
    workspace = await createTestWorkspace(test);
    // Stored sealed, as the settings API stores it (channel-settings.ts); the webhook unseals it.
    await saveLineChannel(test.database.db, {
      workspaceId: workspace.workspaceId,
      channelId: '1657000001',
      sealedChannelSecret: sealLineChannelSecret(box, workspace.workspaceId, secret),
    });
  });
  afterAll(async () => test.close());

  async function deliver(events: unknown[], signature?: string, workspaceId = workspace.workspaceId) {
    // Spaced JSON: the signature must be checked over these exact bytes, not a re-serialisation.
    const body = JSON.stringify({ destination: 'Uxxxxxxxx', events }, null, 2);
    return test.server.app.inject({
      method: 'POST',
      url: `/v1/webhooks/line/${workspaceId}`,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-line-signature': signature ?? sign(body),
      },
      payload: body,
    });
  }

  const eventsNamed = (messageIds: string[]) =>
    test.database.db
      .selectFrom('events')
      .select(['name', 'properties', 'messageId', 'customerId', 'timestamp'])
      .where('messageId', 'in', messageIds)
      .orderBy('timestamp')
      .orderBy('name')
      .execute();

  it('refuses a signed delivery whose text holds a NUL character, naming the field', async () => {
    const events = [lineEvent('message', 'Unul', 'nul-1', { message: { type: 'text', id: '1', text: 'hi\u0000' } })];
    const response = await deliver(events);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ issues: [{ path: 'events.0.message.text' }] });
    expect(await eventsNamed(['nul-1'])).toEqual([]);
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const events = [lineEvent('follow', 'Ubad', 'bad-1')];
    expect((await deliver(events, sign('{}'))).statusCode).toBe(401);
    expect((await deliver(events, sign(JSON.stringify({ events }, null, 2), 'other-secret'))).statusCode).toBe(401);
    const missing = await test.server.app.inject({
      method: 'POST',
      url: `/v1/webhooks/line/${workspace.workspaceId}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ events }),
    });
    expect(missing.statusCode).toBe(401);
    expect(await eventsNamed(['bad-1'])).toEqual([]);
    expect(
      await test.database.db.selectFrom('customerIdentities').select('value').where('value', '=', 'Ubad').execute(),
    ).toEqual([]);
    expect(await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'anon:line:Ubad')).toBeUndefined();
  });

  it('answers 404 for a workspace without a LINE channel', async () => {
    const other = await createTestWorkspace(test, 'No LINE');
    expect((await deliver([], undefined, other.workspaceId)).statusCode).toBe(404);
    expect((await deliver([], undefined, 'not-a-uuid')).statusCode).toBe(404);
  });

  it('turns follow, message and postback into events of one customer with a LINE identity', async () => {
    const response = await deliver([
      lineEvent('follow', 'U1', 'evt-follow-1'),
      lineEvent('message', 'U1', 'evt-message-1', { message: { type: 'text', id: 'm1', text: '你好' } }),
      lineEvent('postback', 'U1', 'evt-postback-1', { postback: { data: 'action=coupon&id=7' } }),
      // A group event without a user names no customer and is skipped.
      { ...lineEvent('join', 'U1', 'evt-join-1'), source: { type: 'group', groupId: 'G1' } },
    ]);
    expect(response.statusCode).toBe(200);
    const stored = await eventsNamed(['evt-follow-1', 'evt-message-1', 'evt-postback-1', 'evt-join-1']);
    expect(stored.map((event) => event.name).sort()).toEqual(['line_followed', 'line_message', 'line_postback']);
    expect(new Set(stored.map((event) => event.customerId)).size).toBe(1);
    expect(stored.find((event) => event.name === 'line_message')?.properties).toMatchObject({ text: '你好' });
    expect(stored.find((event) => event.name === 'line_postback')?.properties).toEqual({
      data: 'action=coupon&id=7',
      fields: { action: 'coupon', id: '7' },
    });
    expect(stored[0]?.timestamp.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'anon:line:U1');
    expect(customer?.attributes).toEqual({ line_subscribed: true });
    const identities = await listCustomerIdentities(test.database.db, customer?.id ?? '');
    expect(identities.map((identity) => `${identity.kind}:${identity.value}`)).toEqual(['line:U1']);
  });

  it('stores a redelivered event once', async () => {
    const events = [lineEvent('message', 'U2', 'evt-redelivered', { message: { type: 'text', id: 'm2', text: 'hi' } })];
    expect((await deliver(events)).statusCode).toBe(200);
    const redelivery = [{ ...events[0], deliveryContext: { isRedelivery: true } }];
    expect((await deliver(redelivery)).statusCode).toBe(200);
    expect(await eventsNamed(['evt-redelivered'])).toHaveLength(1);
  });

  it('unfollow records the event and unsubscribes the LINE channel', async () => {
    await deliver([lineEvent('follow', 'U3', 'evt-follow-3')]);
    await deliver([
      { ...lineEvent('unfollow', 'U3', 'evt-unfollow-3'), timestamp: Date.parse('2026-01-03T00:00:00Z') },
    ]);
    const customer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'anon:line:U3');
    expect(customer?.attributes).toEqual({ line_subscribed: false });
    expect((await eventsNamed(['evt-unfollow-3'])).map((event) => event.name)).toEqual(['line_unfollowed']);
    // The send policy reads the consent: LINE messages to this customer are skipped from now on.
    expect(await findChannelConsent(test.database.db, customer?.id ?? '', 'line')).toMatchObject({
      status: 'unsubscribed',
      source: 'line_webhook',
    });
  });

  it('a later identify with the LINE user id joins the LINE customer to the userId', async () => {
    await deliver([lineEvent('follow', 'U4', 'evt-follow-4')]);
    const lineCustomer = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'anon:line:U4');
    const response = await test.server.app.inject({
      method: 'POST',
      url: '/v1/identify',
      headers: { authorization: `Bearer ${workspace.ingestKey}` },
      payload: { userId: 'member-4', context: { line: { userId: 'U4' } }, traits: { name: 'Mei' } },
    });
    expect(response.statusCode).toBe(200);
    const member = await findCustomerByExternalId(test.database.db, workspace.workspaceId, 'member-4');
    expect(member?.id).toBe(lineCustomer?.id);
    expect(member?.attributes).toEqual({ line_subscribed: true, name: 'Mei' });
  });
});
