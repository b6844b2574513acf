import { rateDifference, rateMixingVariance, type ArmCounts } from './rates';
import { alwaysValidInterval, type Interval } from './sequential-test';

/** How the winner is decided: the family-wise error rate and the sample every arm needs first. */
export interface DecisionSettings {
  /** Chance of declaring a winner when no arm is truly better, however often the test is looked at. */
  alpha: number;
  /** Customers every arm must have before any decision. */
  minimumPerArm: number;
}

export const defaultDecisionSettings: DecisionSettings = { alpha: 0.05, minimumPerArm: 500 };

/** One arm against another: the difference in conversion rate and its always-valid interval. */
export interface Comparison extends Interval {
  arm: number;
  against: number;
  difference: number;
}

/**
 * - `winner`: `arm` converts better than every other arm, beyond its always-valid interval;
 * - `wait` / `minimum_sample`: some arm has fewer than the minimum customers (`short` lists them);
 * - `wait` / `no_clear_winner`: no arm beats all the others yet.
 */
export type Decision =
  | { outcome: 'winner'; arm: number; alpha: number; pairAlpha: number; comparisons: Comparison[] }
  | { outcome: 'wait'; reason: 'minimum_sample'; short: number[] }
  | { outcome: 'wait'; reason: 'no_clear_winner'; alpha: number; pairAlpha: number; comparisons: Comparison[] };

/** The level each pair is tested at: the family-wise alpha split over every pair (Bonferroni). */
export function pairAlpha(arms: number, alpha: number): number {
  const pairs = (arms * (arms - 1)) / 2;
  return pairs > 0 ? alpha / pairs : alpha;
}

/** Every arm against every other, each at the pair level. */
export function compareArms(arms: readonly ArmCounts[], alpha: number): Comparison[] {
  const tau2 = rateMixingVariance(arms);
  const level = pairAlpha(arms.length, alpha);
  const comparisons: Comparison[] = [];
  for (const [arm, counts] of arms.entries()) {
    for (const [against, other] of arms.entries()) {
      if (arm === against) continue;
      const difference = rateDifference(counts, other);
      comparisons.push({
        arm,
        against,
        difference: difference.estimate,
        ...alwaysValidInterval(difference, tau2, level),
      });
    }
  }
  return comparisons;
}

/**
 * Decides an A/B/n test on the counts seen so far. An arm wins when, against each other arm, the
 * always-valid interval of its lead lies wholly above zero. A false winner needs at least one
 * pair's test to reject wrongly, so the chance of one is at most alpha at any number of looks.
 */
export function decideWinner(
  arms: readonly ArmCounts[],
  settings: DecisionSettings = defaultDecisionSettings,
): Decision {
  const short = arms.flatMap((arm, index) => (arm.entered < settings.minimumPerArm ? [index] : []));
  if (arms.length < 2 || short.length > 0) return { outcome: 'wait', reason: 'minimum_sample', short };
  const comparisons = compareArms(arms, settings.alpha);
  const level = pairAlpha(arms.length, settings.alpha);
  for (const arm of arms.keys()) {
    const own = comparisons.filter((comparison) => comparison.arm === arm);
    if (own.every((comparison) => comparison.low > 0)) {
      return { outcome: 'winner', arm, alpha: settings.alpha, pairAlpha: level, comparisons: own };
    }
  }
  return { outcome: 'wait', reason: 'no_clear_winner', alpha: settings.alpha, pairAlpha: level, comparisons };
}
