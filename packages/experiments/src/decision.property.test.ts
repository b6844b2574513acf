// The claims of docs/experiments.md, checked on synthetic populations with known conversion rates:
// 200 seeded experiments each, the decision looked at every day for 60 days.
import { describe, expect, it } from 'vitest';
import { defaultDecisionSettings } from './decision';
import { runMany } from './test-simulation';

const RUNS = 200;
const settings = defaultDecisionSettings;

describe('the winner decision under daily peeking', () => {
  it('picks the better arm of a true 20 % relative uplift in at least 95 % of runs, never the worse', () => {
    // Half the runs put the better arm first, half second, so arm order cannot help.
    const better = [...runMany({ rates: [0.1, 0.12], perArmPerDay: 400, days: 60, settings }, RUNS / 2, 1_000)].map(
      (result) => result?.arm === 1,
    );
    const betterFirst = [
      ...runMany({ rates: [0.12, 0.1], perArmPerDay: 400, days: 60, settings }, RUNS / 2, 2_000),
    ].map((result) => result?.arm === 0);
    const chosen = [...better, ...betterFirst].filter(Boolean).length;
    expect(chosen).toBeGreaterThanOrEqual(0.95 * RUNS);
    const worse = [...runMany({ rates: [0.1, 0.12], perArmPerDay: 400, days: 60, settings }, RUNS / 2, 1_000)].filter(
      (result) => result?.arm === 0,
    ).length;
    expect(worse).toBe(0);
  });

  it('declares a winner in at most 5 % of runs when the arms are the same (two arms, 10 %)', () => {
    const results = runMany({ rates: [0.1, 0.1], perArmPerDay: 400, days: 60, settings }, RUNS, 3_000);
    expect(results.filter((result) => result !== null).length).toBeLessThanOrEqual(0.05 * RUNS);
  });

  it('holds the same error rate with a low base rate (2 %) and three arms', () => {
    const results = runMany({ rates: [0.02, 0.02, 0.02], perArmPerDay: 300, days: 60, settings }, RUNS, 4_000);
    expect(results.filter((result) => result !== null).length).toBeLessThanOrEqual(0.05 * RUNS);
  });

  it('finds the best of four arms when one is 20 % better', () => {
    const results = runMany({ rates: [0.1, 0.1, 0.12, 0.1], perArmPerDay: 600, days: 60, settings }, RUNS, 5_000);
    expect(results.filter((result) => result?.arm === 2).length).toBeGreaterThanOrEqual(0.95 * RUNS);
  });
});
