import { createHmac, timingSafeEqual } from 'node:crypto';

// Meta signs every webhook delivery: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body
// keyed with the app secret>` (https://developers.facebook.com/docs/messenger-platform/webhooks#validate-payloads).

/** The header value Meta would send for `body`. */
export function signMessengerBody(body: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** Whether `header` is Meta's signature of exactly these bytes (compared in constant time). */
export function verifyMessengerSignature(body: Buffer, appSecret: string, header: string | undefined): boolean {
  if (header === undefined || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signMessengerBody(body, appSecret));
  const given = Buffer.from(header.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
