import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'whsec_0123456789abcdef';
const body = '{"hello":"world"}';
const now = 1_790_000_000_000;
const timestamp = now / 1000;

describe('webhook signatures', () => {
  it('verifies what it signs', () => {
    const header = signWebhook(secret, body, timestamp);
    expect(header).toMatch(/^t=1790000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret, header, body, now })).toEqual({ ok: true, timestamp });
  });

  it('rejects another body, another secret, or an old timestamp', () => {
    const header = signWebhook(secret, body, timestamp);
    expect(verifyWebhookSignature({ secret, header, body: '{"hello":"mallory"}', now })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyWebhookSignature({ secret: `${secret}x`, header, body, now })).toMatchObject({ reason: 'mismatch' });
    expect(verifyWebhookSignature({ secret, header, body, now: now + 301_000 })).toMatchObject({ reason: 'expired' });
  });

  it('rejects malformed headers', () => {
    for (const header of [undefined, '', 't=abc,v1=00', `t=${timestamp}`, `t=${timestamp},v1=zz`]) {
      expect(verifyWebhookSignature({ secret, header, body, now })).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
