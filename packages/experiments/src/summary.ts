import { pairAlpha } from './decision';
import { credibleInterval, probabilityToBeBest } from './posterior';
import {
  conversionRate,
  meanDifference,
  meanMixingVariance,
  meanPerCustomer,
  rateDifference,
  rateMixingVariance,
  type ArmCounts,
  type ValueTotals,
} from './rates';
import { alwaysValidInterval, type Interval } from './sequential-test';

/** A difference against a reference group: absolute, relative to the reference, always-valid interval. */
export interface Lift {
  difference: number;
  /** difference / reference value; null when the reference is 0. */
  relative: number | null;
  interval: Interval;
  /** The level the interval is valid at (1 − alpha). */
  level: number;
}

/** One arm as the report shows it. */
export interface ArmSummary extends ArmCounts {
  rate: number;
  /** 95 % credible interval of the rate. */
  interval: Interval;
  probabilityToBeBest: number;
  /** Against arm 0 (the control); null for arm 0 itself. */
  lift: Lift | null;
}

function lift(difference: number, reference: number, interval: Interval, alpha: number): Lift {
  return { difference, relative: reference !== 0 ? difference / reference : null, interval, level: 1 - alpha };
}

/**
 * Per arm: counts, rate, credible interval, probability to be best, and lift over arm 0 with the
 * always-valid interval at the level the winner decision uses for one pair.
 */
export function summariseArms(arms: readonly ArmCounts[], alpha = 0.05): ArmSummary[] {
  const best = probabilityToBeBest(arms);
  const tau2 = rateMixingVariance(arms);
  const level = pairAlpha(arms.length, alpha);
  const control = arms[0];
  return arms.map((arm, index) => {
    const rate = conversionRate(arm);
    let armLift: Lift | null = null;
    if (index > 0 && control !== undefined) {
      const difference = rateDifference(arm, control);
      const interval = alwaysValidInterval(difference, tau2, level);
      armLift = lift(difference.estimate, conversionRate(control), interval, level);
    }
    return { ...arm, rate, interval: credibleInterval(arm), probabilityToBeBest: best[index] ?? 0, lift: armLift };
  });
}

/** Conversion of `treated` over `reference` (a holdout, the control group), always-valid at 1 − alpha. */
export function groupLift(treated: ArmCounts, reference: ArmCounts, alpha = 0.05): Lift {
  const difference = rateDifference(treated, reference);
  const interval = alwaysValidInterval(difference, rateMixingVariance([treated, reference]), alpha);
  return lift(difference.estimate, conversionRate(reference), interval, alpha);
}

/** Mean value per customer (revenue) of `treated` over `reference`, always-valid at 1 − alpha. */
export function valueLift(treated: ValueTotals, reference: ValueTotals, alpha = 0.05): Lift {
  const difference = meanDifference(treated, reference);
  const interval = alwaysValidInterval(difference, meanMixingVariance([treated, reference]), alpha);
  return lift(difference.estimate, meanPerCustomer(reference), interval, alpha);
}
