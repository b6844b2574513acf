import { describe, expect, it } from 'vitest';
import { unsubscribeUrl, verifyUnsubscribeUrl } from './unsubscribe-link';

const key = Buffer.alloc(32, 7);
const target = { workspaceId: 'w1', customerId: 'c1', channel: 'email' as const };

describe('unsubscribe links', () => {
  it('verify when untouched and refuse an edited customer', () => {
    const url = new URL(unsubscribeUrl('https://crm.example.com', key, target));
    expect(url.pathname).toBe('/v1/unsubscribe');
    expect(verifyUnsubscribeUrl(key, url)).toEqual(target);
    url.searchParams.set('c', 'c2');
    expect(verifyUnsubscribeUrl(key, url)).toBeUndefined();
  });
});
