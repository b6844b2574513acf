import { describe, expect, it } from 'vitest';
import { readBoolean, readConsent, readDate, readNumber, readTime } from './cell-values';

describe('cell values', () => {
  it('reads dates people write, and only days that exist', () => {
    expect(readDate('1990-05-04')).toBe('1990-05-04');
    expect(readDate('1990/5/4')).toBe('1990-05-04');
    expect(readDate('1990.05.04')).toBe('1990-05-04');
    expect(readDate('1990年5月4日')).toBe('1990-05-04');
    expect(readDate('民國79年5月4日')).toBe('1990-05-04');
    expect(readDate('１９９０－０５－０４')).toBe('1990-05-04');
    expect(readDate('1990-05-04T08:00:00Z')).toBe('1990-05-04');
    expect(readDate('1990-02-30')).toBeUndefined();
    expect(readDate('2023-02-29')).toBeUndefined();
    expect(readDate('2024-02-29')).toBe('2024-02-29');
    expect(readDate('someday')).toBeUndefined();
    // Numeric day/month orders only when the mapping says which.
    expect(readDate('04/05/1990')).toBeUndefined();
    expect(readDate('04/05/1990', 'dmy')).toBe('1990-05-04');
    expect(readDate('05/04/1990', 'mdy')).toBe('1990-05-04');
    expect(readDate('79/05/04', 'roc')).toBe('1990-05-04');
  });

  it('reads times with their offset, in UTC without one', () => {
    expect(readTime('2024-03-01 10:00')?.toISOString()).toBe('2024-03-01T10:00:00.000Z');
    expect(readTime('2024-03-01T10:00:00+08:00')?.toISOString()).toBe('2024-03-01T02:00:00.000Z');
    expect(readTime('2024-03-01')?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(readTime('2024-13-01 10:00')).toBeUndefined();
    expect(readTime('yesterday')).toBeUndefined();
  });

  it('reads numbers with separators and full-width digits', () => {
    expect(readNumber('1,234.5')).toBe(1234.5);
    expect(readNumber('１２３')).toBe(123);
    expect(readNumber('-7')).toBe(-7);
    expect(readNumber('12abc')).toBeUndefined();
    expect(readNumber('')).toBeUndefined();
  });

  it('reads yes/no and consent answers in three languages', () => {
    expect(readBoolean('Yes')).toBe(true);
    expect(readBoolean('否')).toBe(false);
    expect(readBoolean('maybe')).toBeUndefined();
    expect(readConsent('subscribed')).toBe('subscribed');
    expect(readConsent('1')).toBe('subscribed');
    expect(readConsent('取消訂閱')).toBe('unsubscribed');
    expect(readConsent('perhaps')).toBeUndefined();
  });
});
