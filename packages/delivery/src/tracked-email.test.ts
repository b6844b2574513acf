import { describe, expect, it } from 'vitest';
import { verifyClickUrl, verifyOpenUrl } from '@wayfarer/channels';
import type { Message } from '@wayfarer/db';
import type { RenderedMessage } from '@wayfarer/nodes/runtime';
import { withEngagementTracking } from './tracked-email';

const tracking = { baseUrl: 'https://crm.example.com', key: Buffer.alloc(32, 3) };
const row = { id: 'm1', workspaceId: 'w1', customerId: 'c1' } as Message;
const unsubscribe = () => 'https://crm.example.com/v1/unsubscribe?w=w1&c=c1&ch=email&s=x';
const email: RenderedMessage = {
  channel: 'email',
  subject: 'Hi',
  html: '<body><a href="https://shop.example.com/">Shop</a><a href="https://crm.example.com/v1/unsubscribe?w=w1&amp;c=c1&amp;ch=email&amp;s=x">Unsubscribe</a></body>',
  text: 'Shop: https://shop.example.com/',
};

function decode(attribute: string): URL {
  return new URL(attribute.replace(/&amp;/g, '&'));
}

describe('withEngagementTracking', () => {
  it('routes links through signed click URLs and adds a signed pixel; text and unsubscribe stay', () => {
    const tracked = withEngagementTracking(tracking, row, email, unsubscribe);
    if (tracked.channel !== 'email') throw new Error('not an email');
    expect(tracked.text).toBe(email.text);
    const hrefs = [...tracked.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(verifyClickUrl(tracking.key, decode(hrefs[0] ?? ''))).toEqual({
      workspaceId: 'w1',
      customerId: 'c1',
      messageId: 'm1',
      url: 'https://shop.example.com/',
    });
    expect(hrefs[1]).toBe('https://crm.example.com/v1/unsubscribe?w=w1&amp;c=c1&amp;ch=email&amp;s=x');
    const pixel = /<img src="([^"]*)"/.exec(tracked.html)?.[1] ?? '';
    expect(verifyOpenUrl(tracking.key, decode(pixel))).toEqual({
      workspaceId: 'w1',
      customerId: 'c1',
      messageId: 'm1',
    });
  });

  it('leaves the message as rendered without tracking links or for other channels', () => {
    expect(withEngagementTracking(undefined, row, email, unsubscribe)).toBe(email);
    const sms: RenderedMessage = { channel: 'sms', body: 'Hi https://shop.example.com/' };
    expect(withEngagementTracking(tracking, row, sms, unsubscribe)).toBe(sms);
  });
});
