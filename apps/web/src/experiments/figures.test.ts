import { describe, expect, it } from 'vitest';
import { cumulativeRates, liftMeasurable, percent, points, rateInterval, signedAmount } from './figures';

describe('report figures', () => {
  it('writes rates, signed points and intervals', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(points(0.021)).toBe('+2.1');
    expect(points(-0.004)).toBe('−0.4');
    expect(points(null)).toBe('…');
    expect(rateInterval({ low: 0.1, high: null })).toBe('10.0% – …');
    expect(signedAmount(-3.5)).toBe('−3.50');
  });

  it('measures lift only once every group has customers', () => {
    expect(liftMeasurable(120, 0)).toBe(false);
    expect(liftMeasurable(0, 0)).toBe(false);
    expect(liftMeasurable(120, 3)).toBe(true);
  });

  it('cumulates each arm day by day, an arm without customers having no rate yet', () => {
    const rows = [
      { day: '2026-01-01', arm: 0, entered: 10, converted: 1 },
      { day: '2026-01-02', arm: 0, entered: 10, converted: 3 },
      { day: '2026-01-02', arm: 1, entered: 5, converted: 1 },
    ];
    expect(cumulativeRates(rows, 2)).toEqual([
      { day: '2026-01-01', rates: [0.1, null] },
      { day: '2026-01-02', rates: [0.2, 0.2] },
    ]);
  });
});
