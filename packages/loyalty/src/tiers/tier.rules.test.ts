import { describe, expect, it } from 'vitest';
import { chooseTier, measureKey, measuresNeeded, tierChange, type TierRule } from './tier.rules';

const rules: TierRule[] = [
  { key: 'silver', name: 'Silver', rank: 1, metric: 'points', threshold: 1_000, windowMonths: 12 },
  { key: 'gold', name: 'Gold', rank: 2, metric: 'points', threshold: 5_000, windowMonths: 12 },
  { key: 'vip', name: 'VIP', rank: 3, metric: 'spend', threshold: 20_000, windowMonths: 6 },
];

const measures = (points: number, spend: number) =>
  new Map([
    [measureKey('points', 12), points],
    [measureKey('spend', 6), spend],
  ]);

describe('tier rules', () => {
  it('computes each distinct measure once', () => {
    expect(measuresNeeded(rules)).toEqual([
      { metric: 'points', windowMonths: 12 },
      { metric: 'spend', windowMonths: 6 },
    ]);
  });

  it('chooses the best tier whose rule is met', () => {
    expect(chooseTier(rules, measures(999, 0))).toBeNull();
    expect(chooseTier(rules, measures(1_000, 0))?.key).toBe('silver');
    expect(chooseTier(rules, measures(6_000, 0))?.key).toBe('gold');
    expect(chooseTier(rules, measures(0, 20_000))?.key).toBe('vip');
  });

  it('reports upgrades and downgrades, and nothing when the tier stays', () => {
    const [silver, gold] = rules;
    expect(tierChange(rules, null, silver!)).toEqual({
      type: 'tier_changed',
      from: null,
      to: 'silver',
      direction: 'upgrade',
    });
    expect(tierChange(rules, 'silver', gold!)).toMatchObject({ direction: 'upgrade', to: 'gold' });
    expect(tierChange(rules, 'gold', silver!)).toMatchObject({ direction: 'downgrade', from: 'gold' });
    expect(tierChange(rules, 'silver', null)).toMatchObject({ direction: 'downgrade', to: null });
    expect(tierChange(rules, 'gold', gold!)).toBeNull();
  });

  it('treats a tier that no longer exists as below every tier', () => {
    expect(tierChange(rules, 'retired', rules[0]!)).toMatchObject({ direction: 'upgrade' });
  });
});
