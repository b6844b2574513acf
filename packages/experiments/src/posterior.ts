// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- jstat ships no types; every program that imports this file needs the declaration
/// <reference path="./jstat.d.ts" />
// Bayesian figures for the report (not for the decision): each arm's conversion rate has a
// Beta(1 + converted, 1 + not converted) posterior from a uniform prior. Distributions are jStat's.
import jStat from 'jstat';
import type { ArmCounts } from './rates';
import type { Interval } from './sequential-test';

function posterior(arm: ArmCounts): { a: number; b: number } {
  const converted = Math.max(0, Math.min(arm.converted, arm.entered));
  return { a: 1 + converted, b: 1 + Math.max(0, arm.entered) - converted };
}

/** The central credible interval of the arm's conversion rate (95 % by default). */
export function credibleInterval(arm: ArmCounts, level = 0.95): Interval {
  const { a, b } = posterior(arm);
  const tail = (1 - level) / 2;
  return { low: jStat.beta.inv(tail, a, b), high: jStat.beta.inv(1 - tail, a, b) };
}

// Simpson's rule over [low, high] in `steps` (even) intervals.
function integrate(f: (x: number) => number, low: number, high: number, steps: number): number {
  const h = (high - low) / steps;
  let sum = f(low) + f(high);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(low + i * h);
  return (sum * h) / 3;
}

/**
 * P(arm i has the highest true rate) for each arm: ∫ pdf_i(x) · Π_{j≠i} cdf_j(x) dx, integrated
 * over arm i's own posterior (± 8 standard deviations, where all of its mass is), then normalised.
 */
export function probabilityToBeBest(arms: readonly ArmCounts[]): number[] {
  const posteriors = arms.map(posterior);
  const raw = posteriors.map(({ a, b }, index) => {
    const mean = a / (a + b);
    const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
    const low = Math.max(0, mean - 8 * sd);
    const high = Math.min(1, mean + 8 * sd);
    const others = posteriors.filter((_, other) => other !== index);
    return integrate(
      (x) => others.reduce((product, other) => product * jStat.beta.cdf(x, other.a, other.b), jStat.beta.pdf(x, a, b)),
      low,
      high,
      400,
    );
  });
  const total = raw.reduce((sum, value) => sum + value, 0);
  return total > 0 ? raw.map((value) => value / total) : arms.map(() => 1 / arms.length);
}
