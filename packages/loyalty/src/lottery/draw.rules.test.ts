import { describe, expect, it } from 'vitest';
import { currentOdds, pickPrize, seedFromKey } from './draw.rules';

const prizes = [
  { id: 'a', weight: 1, available: true },
  { id: 'b', weight: 3, available: true },
];

describe('seedFromKey', () => {
  it('is stable for a key, in [0, 1), and differs between keys', () => {
    expect(seedFromKey('wf:step:1')).toBe(seedFromKey('wf:step:1'));
    expect(seedFromKey('wf:step:1')).not.toBe(seedFromKey('wf:step:2'));
    for (let i = 0; i < 1000; i += 1) {
      const u = seedFromKey(`k${i}`);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('spreads keys evenly over [0, 1)', () => {
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i += 1) buckets[Math.floor(seedFromKey(`draw-${i}`) * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 1_000)).toBeLessThan(120);
  });
});

describe('pickPrize', () => {
  it('walks the weights in order, then the lose weight', () => {
    // total 8: a [0, 1), b [1, 4), lose [4, 8)
    expect(pickPrize(0, prizes, 4, 'lose')).toBe('a');
    expect(pickPrize(0.2, prizes, 4, 'lose')).toBe('b');
    expect(pickPrize(0.49, prizes, 4, 'lose')).toBe('b');
    expect(pickPrize(0.5, prizes, 4, 'lose')).toBeNull();
  });

  it('turns an exhausted prize into a loss, or drops it from the draw', () => {
    const exhausted = [{ ...prizes[0]!, available: false }, prizes[1]!];
    expect(pickPrize(0, exhausted, 4, 'lose')).toBeNull();
    expect(pickPrize(0.2, exhausted, 4, 'lose')).toBe('b');
    // redistribute: total 7: b [0, 3), lose [3, 7)
    expect(pickPrize(0, exhausted, 4, 'redistribute')).toBe('b');
    expect(pickPrize(0.42, exhausted, 4, 'redistribute')).toBe('b');
    expect(pickPrize(0.43, exhausted, 4, 'redistribute')).toBeNull();
  });

  it('loses when nothing has weight', () => {
    expect(pickPrize(0.3, [], 0, 'lose')).toBeNull();
  });
});

describe('currentOdds', () => {
  it('gives weight over total, and what is left to losing', () => {
    const odds = currentOdds(prizes, 4, 'lose');
    expect(odds.prizes.get('a')).toBeCloseTo(1 / 8);
    expect(odds.prizes.get('b')).toBeCloseTo(3 / 8);
    expect(odds.lose).toBeCloseTo(4 / 8);
  });

  it('follows the exhausted-prize rule', () => {
    const exhausted = [{ ...prizes[0]!, available: false }, prizes[1]!];
    expect(currentOdds(exhausted, 4, 'lose').lose).toBeCloseTo(5 / 8);
    expect(currentOdds(exhausted, 4, 'redistribute').prizes.get('b')).toBeCloseTo(3 / 7);
    expect(currentOdds(exhausted, 4, 'redistribute').prizes.get('a')).toBe(0);
  });
});
