import { describe, expect, it } from 'vitest';
import { assignArm, inSample, pickArm, stableBucket } from './assignment';

describe('stable assignment', () => {
  it('gives a customer the same arm every time, and different experiments independent arms', () => {
    const first = assignArm('journey-1:exp', 'customer-42', [50, 50]);
    for (let i = 0; i < 5; i++) expect(assignArm('journey-1:exp', 'customer-42', [50, 50])).toBe(first);
    const agree = Array.from({ length: 2_000 }, (_, i) => `c${i}`).filter(
      (id) => assignArm('a', id, [50, 50]) === assignArm('b', id, [50, 50]),
    ).length;
    expect(agree / 2_000).toBeGreaterThan(0.45);
    expect(agree / 2_000).toBeLessThan(0.55);
  });

  it('splits customers in proportion to the weights', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const arm = assignArm('exp', `customer-${i}`, [20, 30, 50]);
      if (arm !== undefined) counts[arm] = (counts[arm] ?? 0) + 1;
    }
    expect(counts.map((count) => Math.round((count / 30_000) * 100))).toEqual([20, 30, 50]);
  });

  it('never picks an arm without weight, and picks none when no arm has weight', () => {
    expect(pickArm([0, 1, 0], 0)).toBe(1);
    expect(pickArm([0, 1, 0], 0.999999)).toBe(1);
    expect(pickArm([1, 0], 0.9999999999)).toBe(0);
    expect(pickArm([0, 0], 0.5)).toBeUndefined();
    expect(pickArm([], 0.5)).toBeUndefined();
  });

  it('keeps a sample stable as it grows: everyone in 5 % is still in 10 %', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `c${i}`);
    const five = ids.filter((id) => inSample('salt', id, 5));
    expect(five.every((id) => inSample('salt', id, 10))).toBe(true);
    expect(five.length / ids.length).toBeGreaterThan(0.04);
    expect(five.length / ids.length).toBeLessThan(0.06);
    expect(ids.some((id) => inSample('salt', id, 0))).toBe(false);
  });

  it('maps a key to [0, 1) from the first 32 bits of its SHA-256', () => {
    // sha256("abc") starts ba7816bf.
    expect(stableBucket('abc')).toBeCloseTo(0xba7816bf / 2 ** 32, 12);
  });
});
