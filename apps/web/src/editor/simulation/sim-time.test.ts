import { describe, expect, it } from 'vitest';
import { atHours, offsetOf, offsetParts } from './sim-time';

describe('atHours', () => {
  it('counts days from 1 (the first 24 hours) plus the time into that day', () => {
    expect(atHours(1, '00:00')).toBe(0);
    expect(atHours(2, '10:00')).toBe(34);
    expect(atHours(2, '6:30')).toBe(30.5);
  });

  it('refuses malformed times and negative or fractional days', () => {
    expect(atHours(1, '24:00')).toBeNull();
    expect(atHours(1, '10:60')).toBeNull();
    expect(atHours(1, 'ten')).toBeNull();
    expect(atHours(0, '10:00')).toBeNull();
    expect(atHours(1.5, '10:00')).toBeNull();
  });
});

describe('offsetParts', () => {
  it('turns an offset back into day and time, the inverse of atHours', () => {
    expect(offsetParts(34 * 3_600_000)).toEqual({ day: 2, time: '10:00' });
    expect(offsetParts(0)).toEqual({ day: 1, time: '00:00' });
    expect(offsetOf('2026-01-01T00:00:00.000Z', '2026-01-04T03:05:00.000Z')).toEqual({ day: 4, time: '03:05' });
  });
});
