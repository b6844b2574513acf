// Synthetic experiments for the property tests: customers arrive every day, each arm converts at
// its true rate (seeded Bernoulli draws from pure-rand), and the decision is checked once a day.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { decideWinner, type DecisionSettings } from './decision';
import type { ArmCounts } from './rates';

export interface SimulatedExperiment {
  /** True conversion rate of each arm. */
  rates: readonly number[];
  /** New customers per arm per day. */
  perArmPerDay: number;
  days: number;
  seed: number;
  settings: DecisionSettings;
}

/** The arm declared the winner and the day it happened, or null when none was by the last day. */
export function runExperiment(experiment: SimulatedExperiment): { arm: number; day: number } | null {
  const rng = xoroshiro128plus(experiment.seed);
  const arms: ArmCounts[] = experiment.rates.map(() => ({ entered: 0, converted: 0 }));
  for (let day = 1; day <= experiment.days; day++) {
    for (const [index, rate] of experiment.rates.entries()) {
      const arm = arms[index];
      if (arm === undefined) continue;
      for (let customer = 0; customer < experiment.perArmPerDay; customer++) {
        arm.entered += 1;
        if (uniformFloat64(rng) < rate) arm.converted += 1;
      }
    }
    const decision = decideWinner(arms, experiment.settings);
    if (decision.outcome === 'winner') return { arm: decision.arm, day };
  }
  return null;
}

/** Runs `runs` seeded experiments; seeds are `firstSeed`, `firstSeed + 1`, … */
export function runMany(
  experiment: Omit<SimulatedExperiment, 'seed'>,
  runs: number,
  firstSeed: number,
): Array<{ arm: number; day: number } | null> {
  return Array.from({ length: runs }, (_, run) => runExperiment({ ...experiment, seed: firstSeed + run }));
}
