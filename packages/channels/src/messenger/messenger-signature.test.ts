import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signMessengerBody, verifyMessengerSignature } from './messenger-signature';

const secret = 'app-secret-3f9a';
const body = Buffer.from('{"object":"page","entry":[]}');
const metaSignature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('X-Hub-Signature-256', () => {
  it('accepts Meta’s signature of the exact bytes, in either case of hex', () => {
    expect(signMessengerBody(body, secret)).toBe(metaSignature);
    expect(verifyMessengerSignature(body, secret, metaSignature)).toBe(true);
    expect(verifyMessengerSignature(body, secret, metaSignature.toUpperCase().replace('SHA256', 'sha256'))).toBe(true);
  });

  it('refuses another secret, other bytes, a missing or malformed header', () => {
    expect(verifyMessengerSignature(body, 'other-secret', metaSignature)).toBe(false);
    expect(verifyMessengerSignature(Buffer.from(`${body.toString()} `), secret, metaSignature)).toBe(false);
    expect(verifyMessengerSignature(body, secret, undefined)).toBe(false);
    expect(verifyMessengerSignature(body, secret, metaSignature.slice(7))).toBe(false);
    expect(verifyMessengerSignature(body, secret, `sha1=${metaSignature.slice(7)}`)).toBe(false);
  });
});
