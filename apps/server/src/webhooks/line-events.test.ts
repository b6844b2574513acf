import { describe, expect, it } from 'vitest';
import { lineWebhookBodySchema, mapLineEvent } from './line-events';

function eventOf(raw: Record<string, unknown>) {
  const [event] = lineWebhookBodySchema.parse({
    events: [{ timestamp: 1_700_000_000_000, webhookEventId: 'W1', source: { type: 'user', userId: 'U1' }, ...raw }],
  }).events;
  if (event === undefined) throw new Error('no event');
  return event;
}

describe('mapLineEvent', () => {
  it('maps follow and unfollow to events that set LINE consent', () => {
    expect(mapLineEvent(eventOf({ type: 'follow' }))).toMatchObject({
      name: 'line_followed',
      lineUserId: 'U1',
      messageId: 'W1',
      attributes: { line_subscribed: true },
    });
    expect(mapLineEvent(eventOf({ type: 'unfollow' }))?.attributes).toEqual({ line_subscribed: false });
  });

  it('keeps the text of a message and the data of a postback', () => {
    const message = mapLineEvent(eventOf({ type: 'message', message: { type: 'text', id: 'm1', text: 'hi' } }));
    expect(message).toMatchObject({ name: 'line_message', properties: { messageType: 'text', text: 'hi' } });
    const postback = mapLineEvent(eventOf({ type: 'postback', postback: { data: 'a=1' }, replyToken: 'rt-2' }));
    expect(postback).toMatchObject({
      name: 'line_postback',
      properties: { data: 'a=1', fields: { a: '1' }, replyToken: 'rt-2' },
    });
    const replied = mapLineEvent(
      eventOf({ type: 'message', message: { type: 'text', text: 'hi' }, replyToken: 'rt-1' }),
    );
    expect(replied?.properties).toMatchObject({ replyToken: 'rt-1' });
  });

  it('skips events without a user and types that are not customer events', () => {
    expect(mapLineEvent(eventOf({ type: 'follow', source: { type: 'group', groupId: 'G' } }))).toBeUndefined();
    expect(mapLineEvent(eventOf({ type: 'join' }))).toBeUndefined();
  });
});
