import { describe, expect, it } from 'vitest';
import { addMonths, balanceOf, debtOf, planConsumption } from './points.rules';

describe('addMonths', () => {
  it('adds calendar months', () => {
    expect(addMonths(new Date('2026-01-15T10:00:00Z'), 12).toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(addMonths(new Date('2026-11-15T00:00:00Z'), 3).toISOString()).toBe('2027-02-15T00:00:00.000Z');
  });

  it('clamps to the end of a shorter month and goes backwards', () => {
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addMonths(new Date('2028-01-31T00:00:00Z'), 1).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addMonths(new Date('2026-03-31T00:00:00Z'), -1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('planConsumption', () => {
  const lots = [
    { id: 'a', left: 100 },
    { id: 'b', left: 50 },
    { id: 'c', left: 30 },
  ];

  it('spends the oldest lots first', () => {
    expect(planConsumption(lots, 120)).toEqual({
      takes: [
        { id: 'a', take: 100, left: 0 },
        { id: 'b', take: 20, left: 30 },
      ],
      uncovered: 0,
    });
  });

  it('reports what no lot covers', () => {
    expect(planConsumption(lots, 200).uncovered).toBe(20);
    expect(planConsumption([], 5)).toEqual({ takes: [], uncovered: 5 });
  });

  it('skips empty lots', () => {
    expect(planConsumption([{ id: 'x', left: 0 }, ...lots], 10).takes).toEqual([{ id: 'a', take: 10, left: 90 }]);
  });
});

describe('balances', () => {
  it('treats expired lots as gone before the sweep', () => {
    expect(balanceOf({ total: 150, unspent: 150, expiredUnswept: 100 })).toBe(50);
  });

  it('measures an overdraft as points spent beyond the lots', () => {
    expect(debtOf({ total: -40, unspent: 0, expiredUnswept: 0 })).toBe(40);
    expect(debtOf({ total: 60, unspent: 60, expiredUnswept: 0 })).toBe(0);
  });
});
