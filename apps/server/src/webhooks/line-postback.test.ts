import { describe, expect, it } from 'vitest';
import { postbackFields, postbackProperties } from './line-postback';

describe('postbackFields', () => {
  it('reads query-string shaped data as fields, decoded', () => {
    expect(postbackFields('action=coupon&id=7')).toEqual({ action: 'coupon', id: '7' });
    expect(postbackFields('q=%E5%84%AA%E6%83%A0&empty=')).toEqual({ q: '優惠', empty: '' });
    expect(postbackFields('a=1&a=2')).toEqual({ a: '2' });
  });

  it('leaves other data without fields', () => {
    expect(postbackFields('coupon-7')).toBeUndefined();
    expect(postbackFields('a=1&junk')).toBeUndefined();
    expect(postbackFields('=1')).toBeUndefined();
    expect(postbackFields('')).toBeUndefined();
  });

  it('keeps __proto__ a plain key', () => {
    const fields = postbackFields('__proto__=x&a=1');
    expect(Object.keys(fields ?? {})).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});

describe('postbackProperties', () => {
  it('keeps data, fields, date-picker params and the reply token', () => {
    expect(postbackProperties({ data: 'action=rsvp', params: { date: '2026-12-24' } }, 'rt-1')).toEqual({
      data: 'action=rsvp',
      fields: { action: 'rsvp' },
      params: { date: '2026-12-24' },
      replyToken: 'rt-1',
    });
    expect(postbackProperties({ data: 'plain' }, undefined)).toEqual({ data: 'plain' });
  });
});
