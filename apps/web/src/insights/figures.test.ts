import { describe, expect, it } from 'vitest';
import { durationParts, formatRate } from './figures';

describe('durationParts', () => {
  it('picks minutes, hours or days', () => {
    expect(durationParts(5 * 60_000)).toEqual({ unit: 'minutes', n: 5 });
    expect(durationParts(90 * 60_000)).toEqual({ unit: 'hours', n: 1.5 });
    expect(durationParts(3.25 * 86_400_000)).toEqual({ unit: 'days', n: 3.3 });
  });
});

describe('formatRate', () => {
  it('prints a fraction as a percentage', () => {
    expect(formatRate(0.125, 'en')).toBe('12.5%');
    expect(formatRate(0, 'en')).toBe('0%');
  });
});
