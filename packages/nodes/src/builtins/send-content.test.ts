import { describe, expect, it } from 'vitest';
import { channelContentSchema, sendContentProblems } from './send-content';

describe('message content', () => {
  it('names the field of each problem, in the default wording and in variants', () => {
    expect(
      sendContentProblems('email', { body: 'Hi {{ shopper }}', variants: { 'zh-TW': { html: '{% if %}' } } }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['subject', 'body', 'variants.zh-TW.html']);
    expect(sendContentProblems('sms', { body: 'Hi {{ customer.name }}' })).toEqual([]);
  });

  it('checks a template beside its channel as a send node is checked', () => {
    expect(channelContentSchema.safeParse({ channel: 'line', body: 'Hi' }).success).toBe(true);
    const email = channelContentSchema.safeParse({ channel: 'email', body: 'Hi' });
    expect(email.error?.issues.map((issue) => issue.path)).toEqual([['subject']]);
  });
});
