import { describe, expect, it } from 'vitest';
import { unsubscribeLinkKey } from './unsubscribe-link';
import { clickUrl, openPixelUrl, trackingLinkKey, verifyClickUrl, verifyOpenUrl } from './tracking-links';

const key = Buffer.alloc(32, 9);
const message = { workspaceId: 'w1', customerId: 'c1', messageId: 'm1' };
const base = 'https://crm.example.com';

describe('tracking links', () => {
  it('derive a key of their own from the secret', () => {
    const secret = Buffer.alloc(32, 1);
    expect(trackingLinkKey(secret).equals(unsubscribeLinkKey(secret))).toBe(false);
  });

  it('verify an untouched open pixel and refuse an edited message or another key', () => {
    const url = new URL(openPixelUrl(base, key, message));
    expect(url.pathname).toBe('/v1/t/o');
    expect(verifyOpenUrl(key, url)).toEqual(message);
    expect(verifyOpenUrl(Buffer.alloc(32, 8), url)).toBeUndefined();
    url.searchParams.set('m', 'm2');
    expect(verifyOpenUrl(key, url)).toBeUndefined();
  });

  it('verify a click with its exact target and refuse a swapped target', () => {
    const target = 'https://shop.example.com/sale?x=1&y=2#top';
    const url = new URL(clickUrl(base, key, { ...message, url: target }));
    expect(url.pathname).toBe('/v1/t/c');
    expect(verifyClickUrl(key, url)).toEqual({ ...message, url: target });
    url.searchParams.set('u', 'https://evil.example.com/');
    expect(verifyClickUrl(key, url)).toBeUndefined();
  });

  it('do not accept an open signature as a click signature', () => {
    const open = new URL(openPixelUrl(base, key, message));
    open.searchParams.set('u', 'https://evil.example.com/');
    expect(verifyClickUrl(key, open)).toBeUndefined();
  });

  it('refuse a signed target that is not http(s)', () => {
    const url = new URL(clickUrl(base, key, { ...message, url: 'javascript:alert(1)' }));
    expect(verifyClickUrl(key, url)).toBeUndefined();
  });
});
