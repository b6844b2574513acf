import { describe, expect, it } from 'vitest';
import { countOrUnlimited, optionalInt, parseCodes, percent, poolInventory, prizeInput } from './reward-forms';

describe('reward form conversions', () => {
  it('reads uploaded codes one a line, dropping blanks and repeats', () => {
    expect(parseCodes(' A1 \n\nB2,C3\nA1\n')).toEqual(['A1', 'B2', 'C3']);
  });

  it('reads an empty or non-integer box as null', () => {
    expect(optionalInt('')).toBeNull();
    expect(optionalInt(' 12 ')).toBe(12);
    expect(optionalInt('1.5')).toBeNull();
  });

  it('shows odds as percentages and null counts as unlimited', () => {
    expect(percent(0.25)).toBe('25%');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(countOrUnlimited(null, 'Unlimited')).toBe('Unlimited');
    expect(countOrUnlimited(3, 'Unlimited')).toBe('3');
  });

  it('turns a prize row into the API input by its reward kind', () => {
    const row = { key: ' gold ', name: 'Gold', weight: '2', stock: '', kind: 'points' as const, target: '500' };
    expect(prizeInput(row)).toEqual({
      key: 'gold',
      name: 'Gold',
      weight: 2,
      stock: null,
      reward: { kind: 'points', points: 500 },
    });
    expect(prizeInput({ ...row, kind: 'coupon', target: 'pool-1', stock: '5' })).toMatchObject({
      stock: 5,
      reward: { kind: 'coupon', poolId: 'pool-1' },
    });
    expect(prizeInput({ ...row, kind: 'badge', target: 'badge-1' }).reward).toEqual({
      kind: 'badge',
      badgeId: 'badge-1',
    });
  });
});

describe('poolInventory', () => {
  it("is a pattern pool's cap, or a list pool's issued plus remaining codes", () => {
    expect(poolInventory({ source: 'pattern', inventory: null, stock: { issued: 4, remaining: null } })).toBeNull();
    expect(poolInventory({ source: 'pattern', inventory: 10, stock: { issued: 4, remaining: 6 } })).toBe(10);
    expect(poolInventory({ source: 'list', inventory: null, stock: { issued: 1, remaining: 2 } })).toBe(3);
  });
});
