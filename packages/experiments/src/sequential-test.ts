// The mixture sequential probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh,
// "Always Valid Inference: Continuous Monitoring of A/B Tests" (Operations Research, 2022), on a
// difference of two means with a normal approximation and a N(0, τ²) mixture over the true
// difference. Its likelihood ratio is a martingale under "no difference", so by Ville's inequality
// the chance that it EVER reaches 1/α — however often it is looked at — is at most α. The same
// bound, inverted, gives a confidence sequence: an interval that is valid at every look.

/** An estimated difference between two groups and the variance of that estimate. */
export interface Difference {
  estimate: number;
  variance: number;
}

/** An interval for a true difference. */
export interface Interval {
  low: number;
  high: number;
}

// An infinite variance is a group with (almost) nobody in it; a zero one cannot be tested.
function hasEvidence(variance: number, mixingVariance: number): boolean {
  return variance > 0 && Number.isFinite(variance) && mixingVariance > 0 && Number.isFinite(mixingVariance);
}

/** log Λ: the log mixture likelihood ratio of "the true difference is `estimate`'s" against zero. */
export function mixtureLogLikelihoodRatio(difference: Difference, mixingVariance: number, nullValue = 0): number {
  const { variance } = difference;
  if (!hasEvidence(variance, mixingVariance)) return 0;
  const shift = difference.estimate - nullValue;
  const total = variance + mixingVariance;
  return 0.5 * Math.log(variance / total) + (shift * shift * mixingVariance) / (2 * variance * total);
}

/** Whether the test rejects "no difference" at level `alpha` on this look. */
export function rejectsNoDifference(difference: Difference, mixingVariance: number, alpha: number): boolean {
  return mixtureLogLikelihoodRatio(difference, mixingVariance) >= Math.log(1 / alpha);
}

/**
 * The always-valid (1 − alpha) interval for the true difference: every value the test would not
 * reject. With no variance (no data) it is unbounded.
 */
export function alwaysValidInterval(difference: Difference, mixingVariance: number, alpha: number): Interval {
  const { estimate, variance } = difference;
  if (!hasEvidence(variance, mixingVariance)) return { low: -Infinity, high: Infinity };
  const total = variance + mixingVariance;
  const radius = Math.sqrt(
    ((2 * variance * total) / mixingVariance) * (Math.log(1 / alpha) + 0.5 * Math.log(total / variance)),
  );
  return { low: estimate - radius, high: estimate + radius };
}
