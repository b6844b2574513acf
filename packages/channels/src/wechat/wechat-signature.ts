import { createHash, timingSafeEqual } from 'node:crypto';

// WeChat signs every call to the callback URL: `signature` = SHA-1 (hex) of the token, `timestamp`
// and `nonce` sorted and joined (https://developers.weixin.qq.com/doc/offiaccount/en/Basic_Information/Access_Overview.html).

/** The signature WeChat sends for these values. */
export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** Whether the query's `signature` is WeChat's for its `timestamp` and `nonce` (constant-time compare). */
export function verifyWechatSignature(token: string, query: Readonly<Record<string, string>>): boolean {
  const { signature, timestamp, nonce } = query;
  if (signature === undefined || timestamp === undefined || nonce === undefined) return false;
  if (!/^[0-9a-f]{40}$/i.test(signature)) return false;
  const expected = Buffer.from(wechatSignature(token, timestamp, nonce));
  return timingSafeEqual(Buffer.from(signature.toLowerCase()), expected);
}
