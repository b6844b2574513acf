import { describe, expect, it } from 'vitest';
import { sendNode } from '../send';

const base = { name: 'Menu', body: 'What would you like?' };
const quickReplies = [
  { type: 'postback', label: '領取優惠', data: 'action=coupon&id=7', displayText: '我要優惠' },
  { type: 'message', label: 'Points', text: 'points' },
];

describe('the send step’s LINE options', () => {
  it('takes quick replies (postback or message) and reply on a LINE message', () => {
    const parsed = sendNode.config.safeParse({ ...base, channel: 'line', quickReplies, reply: true });
    expect(parsed.success).toBe(true);
  });

  it('reads the LINE messages and taps of the journey only when it replies', () => {
    const replying = sendNode.config.parse({ ...base, channel: 'line', reply: true });
    expect(sendNode.eventsRead?.(replying)).toEqual(['line_message', 'line_postback']);
    expect(sendNode.eventsRead?.(sendNode.config.parse({ ...base, channel: 'line' }))).toEqual([]);
  });

  it('refuses them on another channel, naming each field', () => {
    const parsed = sendNode.config.safeParse({ ...base, channel: 'sms', quickReplies, reply: true });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['quickReplies', 'Quick replies are not sent on this channel'],
      ['reply', 'Only a LINE message can reply'],
    ]);
  });

  it('holds buttons to LINE’s limits: a label of 20 characters, data of 300, 13 buttons', () => {
    const long = { type: 'postback', label: 'x'.repeat(21), data: 'd'.repeat(301) };
    const parsed = sendNode.config.safeParse({ ...base, channel: 'line', quickReplies: [long] });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'quickReplies.0.label',
      'quickReplies.0.data',
    ]);
    const many = Array.from({ length: 14 }, () => quickReplies[1]);
    expect(sendNode.config.safeParse({ ...base, channel: 'line', quickReplies: many }).success).toBe(false);
  });
});
