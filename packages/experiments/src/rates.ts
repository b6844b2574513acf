import type { Difference } from './sequential-test';

/** Customers counted in one arm of a test, and how many of them converted. */
export interface ArmCounts {
  entered: number;
  converted: number;
}

/** Sizes of effect the test is tuned to find: the mixture's spread, as a share of the pooled rate. */
export const MIXING_RELATIVE_EFFECT = 0.2;

/** The observed conversion rate (0 with nobody in the arm). */
export function conversionRate(arm: ArmCounts): number {
  return arm.entered > 0 ? arm.converted / arm.entered : 0;
}

// Variances use (converted + 1) / (entered + 2) so an arm with no (or only) conversions yet still
// has some uncertainty instead of none.
function smoothedRate(arm: ArmCounts): number {
  return (arm.converted + 1) / (arm.entered + 2);
}

function rateVariance(arm: ArmCounts): number {
  if (arm.entered <= 0) return Infinity;
  const rate = smoothedRate(arm);
  return (rate * (1 - rate)) / arm.entered;
}

/** rate(treatment) − rate(reference), with the variance of that difference. */
export function rateDifference(treatment: ArmCounts, reference: ArmCounts): Difference {
  return {
    estimate: conversionRate(treatment) - conversionRate(reference),
    variance: rateVariance(treatment) + rateVariance(reference),
  };
}

/**
 * τ² of the mixture for rates: a difference of {@link MIXING_RELATIVE_EFFECT} of the pooled rate is
 * typical, so the test is quickest for uplifts of about that size and still valid for any other.
 */
export function rateMixingVariance(arms: readonly ArmCounts[]): number {
  const pooled = smoothedRate({
    entered: arms.reduce((sum, arm) => sum + arm.entered, 0),
    converted: arms.reduce((sum, arm) => sum + arm.converted, 0),
  });
  return (MIXING_RELATIVE_EFFECT * pooled) ** 2;
}

/** A group's sum and sum of squares of a value per customer (revenue), for a difference in means. */
export interface ValueTotals {
  customers: number;
  sum: number;
  sumOfSquares: number;
}

function meanOf(group: ValueTotals): number {
  return group.customers > 0 ? group.sum / group.customers : 0;
}

function meanVariance(group: ValueTotals): number {
  if (group.customers < 2) return Infinity;
  const mean = meanOf(group);
  const sampleVariance = Math.max(0, (group.sumOfSquares - group.customers * mean * mean) / (group.customers - 1));
  return sampleVariance / group.customers;
}

/** mean(treatment) − mean(reference) per customer, with its variance. */
export function meanDifference(treatment: ValueTotals, reference: ValueTotals): Difference {
  return {
    estimate: meanOf(treatment) - meanOf(reference),
    variance: meanVariance(treatment) + meanVariance(reference),
  };
}

/** τ² for means: {@link MIXING_RELATIVE_EFFECT} of the pooled mean. */
export function meanMixingVariance(groups: readonly ValueTotals[]): number {
  const customers = groups.reduce((sum, group) => sum + group.customers, 0);
  const total = groups.reduce((sum, group) => sum + group.sum, 0);
  return customers > 0 ? (MIXING_RELATIVE_EFFECT * (total / customers)) ** 2 : 0;
}

/** The mean value per customer. */
export function meanPerCustomer(group: ValueTotals): number {
  return meanOf(group);
}
