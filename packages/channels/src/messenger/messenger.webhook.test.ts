import { describe, expect, it } from 'vitest';
import { messengerConfigSchema } from './messenger.channel';
import { signMessengerBody } from './messenger-signature';
import { messengerWebhook } from './messenger.webhook';

const config = messengerConfigSchema.parse({
  channel: 'messenger',
  pageId: '1045',
  pageAccessToken: 'token',
  appSecret: 'app-secret',
  verifyToken: 'verify-me-please',
});

function post(payload: unknown, secret = 'app-secret') {
  const body = Buffer.from(JSON.stringify(payload));
  return messengerWebhook.handle(
    { method: 'POST', query: {}, headers: { 'x-hub-signature-256': signMessengerBody(body, secret) }, body },
    config,
  );
}

const item = (extra: Record<string, unknown>) => ({
  sender: { id: '2871' },
  recipient: { id: '1045' },
  timestamp: 1_700_000_000_000,
  ...extra,
});

describe('the Messenger webhook', () => {
  it('verifies the URL with the verify token', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me-please', 'hub.challenge': 'c-1' };
    expect(messengerWebhook.handle({ method: 'GET', query, headers: {}, body: Buffer.alloc(0) }, config)).toMatchObject(
      { status: 200, body: 'c-1' },
    );
    const wrong = { ...query, 'hub.verify_token': 'nope' };
    expect(
      messengerWebhook.handle({ method: 'GET', query: wrong, headers: {}, body: Buffer.alloc(0) }, config).status,
    ).toBe(403);
  });

  it('maps messages, postbacks, quick-reply taps and opt-ins of this page; skips echoes and other pages', () => {
    const outcome = post({
      object: 'page',
      entry: [
        {
          id: '1045',
          time: 1,
          messaging: [
            item({ message: { mid: 'm1', text: 'hi' } }),
            item({ postback: { mid: 'p1', title: 'Coupon', payload: 'action=coupon&id=7' } }),
            item({ message: { mid: 'm2', text: 'Yes', quick_reply: { payload: 'action=yes' } } }),
            item({ optin: { type: 'notification_messages', notification_messages_status: 'STOP NOTIFICATIONS' } }),
            item({ message: { mid: 'm3', text: 'echo', is_echo: true } }),
          ],
        },
        { id: '9999', time: 1, messaging: [item({ message: { mid: 'x', text: 'other page' } })] },
      ],
    });
    expect(outcome.status).toBe(200);
    expect(outcome.events.map((event) => [event.name, event.messageId, event.properties, event.consent])).toEqual([
      ['messenger_message', 'm1', { mid: 'm1', text: 'hi' }, undefined],
      [
        'messenger_postback',
        'p1',
        { data: 'action=coupon&id=7', fields: { action: 'coupon', id: '7' }, title: 'Coupon' },
        undefined,
      ],
      ['messenger_postback', 'm2', { data: 'action=yes', fields: { action: 'yes' }, title: 'Yes' }, undefined],
      ['messenger_optin', 'optin:2871:1700000000000', { type: 'notification_messages' }, 'unsubscribed'],
    ]);
    expect(outcome.events[0]?.identity).toEqual({ kind: 'messenger', value: '2871' });
  });

  it('refuses a body signed with another secret, mapping nothing', () => {
    const outcome = post(
      { object: 'page', entry: [{ id: '1045', messaging: [item({ message: { mid: 'm', text: 'x' } })] }] },
      'wrong',
    );
    expect(outcome).toMatchObject({ status: 401, events: [] });
  });
});
