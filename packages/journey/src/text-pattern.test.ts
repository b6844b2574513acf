import { describe, expect, it } from 'vitest';
import { containsPattern, matchesAnyTextPattern, matchesTextPattern, normalizeKeywordText } from './text-pattern';

describe('matchesTextPattern', () => {
  it('matches a keyword exactly, ignoring case, width and outer or repeated spaces', () => {
    expect(matchesTextPattern('優惠', '優惠')).toBe(true);
    expect(matchesTextPattern('  Coupon ', 'coupon')).toBe(true);
    expect(matchesTextPattern('ＣＯＵＰＯＮ', 'coupon')).toBe(true);
    expect(matchesTextPattern('my   points', 'My points')).toBe(true);
    expect(matchesTextPattern('優惠券', '優惠')).toBe(false);
    expect(matchesTextPattern('', '優惠')).toBe(false);
  });

  it('lets * stand for any run of characters, at either end or inside', () => {
    expect(matchesTextPattern('請給我優惠券', containsPattern('優惠'))).toBe(true);
    expect(matchesTextPattern('優惠', containsPattern('優惠'))).toBe(true);
    expect(matchesTextPattern('點數', containsPattern('優惠'))).toBe(false);
    expect(matchesTextPattern('coupon please', 'coupon*')).toBe(true);
    expect(matchesTextPattern('a coupon', 'coupon*')).toBe(false);
    expect(matchesTextPattern('order 1234 status', 'order*status')).toBe(true);
    expect(matchesTextPattern('order status 1234', 'order*status')).toBe(false);
    expect(matchesTextPattern('anything', '*')).toBe(true);
  });

  it('does not let the first and last pieces overlap', () => {
    expect(matchesTextPattern('aba', 'ab*ba')).toBe(false);
    expect(matchesTextPattern('abba', 'ab*ba')).toBe(true);
    expect(matchesTextPattern('ab', 'a*b*b')).toBe(false);
  });

  it('treats regex characters as text and stays fast on hostile input', () => {
    expect(matchesTextPattern('a.b', 'a.b')).toBe(true);
    expect(matchesTextPattern('axb', 'a.b')).toBe(false);
    const hostile = 'a'.repeat(50_000);
    const started = Date.now();
    expect(matchesTextPattern(hostile, `*${'a*'.repeat(200)}b`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('matches any of several patterns; none matches nothing', () => {
    expect(matchesAnyTextPattern('points', ['coupon', 'points'])).toBe(true);
    expect(matchesAnyTextPattern('points', [])).toBe(false);
    expect(normalizeKeywordText(' ＡＢ  c ')).toBe('ab c');
  });
});
