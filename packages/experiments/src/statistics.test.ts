import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { decideWinner } from './decision';
import { credibleInterval, probabilityToBeBest } from './posterior';
import { alwaysValidInterval, mixtureLogLikelihoodRatio, rejectsNoDifference } from './sequential-test';
import { groupLift, summariseArms, valueLift } from './summary';

// P(B > A) for Beta posteriors in closed form (Evan Miller, "Formulas for Bayesian A/B Testing").
function probabilityBBeatsA(a: { a: number; b: number }, b: { a: number; b: number }): number {
  let total = 0;
  for (let i = 0; i < b.a; i++) {
    total += Math.exp(
      jStat.betaln(a.a + i, a.b + b.b) - Math.log(b.b + i) - jStat.betaln(1 + i, b.b) - jStat.betaln(a.a, a.b),
    );
  }
  return total;
}

describe('the mixture sequential test', () => {
  it('has a likelihood ratio below 1 at no difference and growing with the evidence', () => {
    expect(mixtureLogLikelihoodRatio({ estimate: 0, variance: 1e-4 }, 4e-4)).toBeLessThan(0);
    const weak = mixtureLogLikelihoodRatio({ estimate: 0.02, variance: 1e-4 }, 4e-4);
    const strong = mixtureLogLikelihoodRatio({ estimate: 0.02, variance: 1e-5 }, 4e-4);
    expect(strong).toBeGreaterThan(weak);
    expect(rejectsNoDifference({ estimate: 0.02, variance: 1e-5 }, 4e-4, 0.05)).toBe(true);
    expect(rejectsNoDifference({ estimate: 0.02, variance: 1e-4 }, 4e-4, 0.05)).toBe(false);
  });

  it('gives an interval that excludes zero exactly when the test rejects', () => {
    for (const variance of [1e-6, 1e-5, 3e-5, 1e-4]) {
      const difference = { estimate: 0.015, variance };
      const interval = alwaysValidInterval(difference, 4e-4, 0.05);
      expect(interval.low > 0).toBe(rejectsNoDifference(difference, 4e-4, 0.05));
      // Wider than the fixed-sample 95 % interval: it pays for being valid at every look.
      expect(interval.high - interval.low).toBeGreaterThan(2 * 1.96 * Math.sqrt(variance));
    }
  });

  it('is unbounded without data', () => {
    expect(alwaysValidInterval({ estimate: 0, variance: Infinity }, 1e-4, 0.05).low).toBe(-Infinity);
  });
});

describe('the winner decision', () => {
  it('waits for the minimum sample of every arm, naming the short ones', () => {
    const decision = decideWinner([
      { entered: 600, converted: 60 },
      { entered: 499, converted: 200 },
    ]);
    expect(decision).toEqual({ outcome: 'wait', reason: 'minimum_sample', short: [1] });
  });

  it('names the winner and its lead over each other arm', () => {
    const decision = decideWinner([
      { entered: 5_000, converted: 500 },
      { entered: 5_000, converted: 650 },
    ]);
    expect(decision.outcome).toBe('winner');
    if (decision.outcome !== 'winner') return;
    expect(decision.arm).toBe(1);
    expect(decision.comparisons).toHaveLength(1);
    expect(decision.comparisons[0]?.difference).toBeCloseTo(0.03, 10);
    expect(decision.comparisons[0]?.low).toBeGreaterThan(0);
  });

  it('needs the winner to beat every arm, not just the control', () => {
    const decision = decideWinner([
      { entered: 5_000, converted: 500 },
      { entered: 5_000, converted: 650 },
      { entered: 5_000, converted: 640 },
    ]);
    expect(decision).toMatchObject({ outcome: 'wait', reason: 'no_clear_winner' });
  });
});

describe('report figures', () => {
  it('computes probability to be best as the closed form does', () => {
    const [a, b] = probabilityToBeBest([
      { entered: 100, converted: 10 },
      { entered: 100, converted: 15 },
    ]);
    expect(b).toBeCloseTo(probabilityBBeatsA({ a: 11, b: 91 }, { a: 16, b: 86 }), 3);
    expect((a ?? 0) + (b ?? 0)).toBeCloseTo(1, 10);
  });

  it('splits evenly between identical arms', () => {
    const shares = probabilityToBeBest([1, 2, 3].map(() => ({ entered: 10_000, converted: 1_200 })));
    for (const share of shares) expect(share).toBeCloseTo(1 / 3, 3);
  });

  it('gives a credible interval around the observed rate', () => {
    const interval = credibleInterval({ entered: 1_000, converted: 100 });
    expect(interval.low).toBeGreaterThan(0.08);
    expect(interval.low).toBeLessThan(0.1);
    expect(interval.high).toBeGreaterThan(0.1);
    expect(interval.high).toBeLessThan(0.125);
  });

  it('summarises arms with lift over the first arm only', () => {
    const [control, variant] = summariseArms([
      { entered: 2_000, converted: 200 },
      { entered: 2_000, converted: 260 },
    ]);
    expect(control?.lift).toBeNull();
    expect(variant?.rate).toBeCloseTo(0.13, 10);
    expect(variant?.lift?.difference).toBeCloseTo(0.03, 10);
    expect(variant?.lift?.relative).toBeCloseTo(0.3, 10);
    expect(variant?.lift?.level).toBeCloseTo(0.95, 10);
  });

  it('measures lift of treated customers over a holdout and revenue per customer', () => {
    const conversion = groupLift({ entered: 9_000, converted: 1_080 }, { entered: 1_000, converted: 90 });
    expect(conversion.difference).toBeCloseTo(0.03, 10);
    expect(conversion.interval.low).toBeLessThan(0.03);
    expect(conversion.interval.high).toBeGreaterThan(0.03);
    const revenue = valueLift(
      { customers: 4, sum: 40, sumOfSquares: 4 * 100 + 8 },
      { customers: 4, sum: 20, sumOfSquares: 4 * 25 + 8 },
    );
    expect(revenue.difference).toBeCloseTo(5, 10);
    expect(revenue.relative).toBeCloseTo(1, 10);
  });
});
