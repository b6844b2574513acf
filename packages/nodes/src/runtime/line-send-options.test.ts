import { describe, expect, it } from 'vitest';
import type { EventSnapshot } from './context';
import { latestReplyToken, withLineOptions } from './line-send-options';
import type { RenderedMessage } from './send-delivery';

const event = (name: string, timestamp: string, properties: Record<string, unknown>): EventSnapshot => ({
  id: `${name}-${timestamp}`,
  name,
  properties,
  timestamp,
});

const keyword = event('line_message', '2026-12-07T08:00:00.000Z', { text: '優惠', replyToken: 'rt-message' });
const tap = event('line_postback', '2026-12-07T08:00:30.000Z', { data: 'a=1', replyToken: 'rt-tap' });
const purchase = event('purchase', '2026-12-07T08:01:00.000Z', { replyToken: 'not-a-line-event' });
const text: RenderedMessage = { channel: 'line', content: { type: 'text', text: 'Hi' } };

describe('latestReplyToken', () => {
  it('takes the newest LINE message or tap of the journey, with its time', () => {
    expect(latestReplyToken({ entryEvent: keyword, journeyEvents: [] })).toEqual({
      token: 'rt-message',
      issuedAt: keyword.timestamp,
    });
    expect(latestReplyToken({ entryEvent: keyword, journeyEvents: [tap, purchase] })).toEqual({
      token: 'rt-tap',
      issuedAt: tap.timestamp,
    });
  });

  it('finds none without a LINE event that carries a token', () => {
    expect(latestReplyToken({ entryEvent: purchase, journeyEvents: [] })).toBeUndefined();
    expect(latestReplyToken({ entryEvent: null, journeyEvents: [event('line_message', tap.timestamp, {})] })).toBe(
      undefined,
    );
  });
});

describe('withLineOptions', () => {
  const quickReplies = [{ type: 'postback', label: 'Yes', data: 'rsvp=yes' } as const];

  it('adds quick replies and, when replying, the reply token to a LINE message', () => {
    const context = { entryEvent: keyword, journeyEvents: [] };
    expect(withLineOptions(text, { quickReplies, reply: true }, context)).toEqual({
      ...text,
      quickReplies,
      reply: { token: 'rt-message', issuedAt: keyword.timestamp },
    });
    expect(withLineOptions(text, { quickReplies: [], reply: false }, context)).toEqual(text);
  });

  it('pushes when there is no token to reply with, and leaves other channels alone', () => {
    expect(withLineOptions(text, { reply: true }, { entryEvent: purchase, journeyEvents: [] })).toEqual(text);
    const sms: RenderedMessage = { channel: 'sms', body: 'Hi' };
    expect(withLineOptions(sms, { quickReplies, reply: true }, { entryEvent: keyword, journeyEvents: [] })).toBe(sms);
  });
});
