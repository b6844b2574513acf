import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWechatSignature, wechatSignature } from './wechat-signature';

const token = 'wayfarerToken1';
// WeChat's rule: sort the three strings, join them, SHA-1 in hex.
const expected = createHash('sha1').update(['1700000000', '4729', token].sort().join('')).digest('hex');

describe('WeChat callback signature', () => {
  it('is the SHA-1 of the sorted token, timestamp and nonce', () => {
    expect(wechatSignature(token, '1700000000', '4729')).toBe(expected);
    expect(verifyWechatSignature(token, { signature: expected, timestamp: '1700000000', nonce: '4729' })).toBe(true);
  });

  it('refuses another token, a changed timestamp or nonce, and missing parts', () => {
    const query = { signature: expected, timestamp: '1700000000', nonce: '4729' };
    expect(verifyWechatSignature('otherToken', query)).toBe(false);
    expect(verifyWechatSignature(token, { ...query, timestamp: '1700000001' })).toBe(false);
    expect(verifyWechatSignature(token, { ...query, nonce: '4730' })).toBe(false);
    expect(verifyWechatSignature(token, { timestamp: '1700000000', nonce: '4729' })).toBe(false);
    expect(verifyWechatSignature(token, { ...query, signature: 'zz' })).toBe(false);
  });
});
