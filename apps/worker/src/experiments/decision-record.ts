// What a decision stores (the experiment row and the audit entry): the counts it saw, the method
// and its level, and — for a winner — the comparisons that cleared. Labels are stored as the
// marketer named the arms, so the record reads without the journey version it was made from.
import type { ArmCount } from '@wayfarer/db';
import type { Decision } from '@wayfarer/experiments';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';

export const DECISION_METHOD = 'msprt';

export function decisionRecord(
  experiment: ExperimentDefinition,
  counts: readonly ArmCount[],
  decision: Decision,
  at: Date,
): Record<string, unknown> & { winnerLabel: string | null } {
  const label = (arm: number) => experiment.arms[arm]?.label ?? `#${arm + 1}`;
  const base = {
    at: at.toISOString(),
    method: DECISION_METHOD,
    minimumPerVariant: experiment.autoWinner.minimumPerVariant,
    arms: counts.map((count) => ({ label: label(count.arm), entered: count.entered, converted: count.converted })),
  };
  switch (decision.outcome) {
    case 'winner':
      return {
        ...base,
        outcome: 'winner',
        winnerArm: decision.arm,
        winnerLabel: label(decision.arm),
        alpha: decision.alpha,
        pairAlpha: decision.pairAlpha,
        comparisons: decision.comparisons.map((comparison) => ({
          against: label(comparison.against),
          difference: comparison.difference,
          low: comparison.low,
          high: comparison.high,
        })),
      };
    case 'wait':
      return decision.reason === 'minimum_sample'
        ? { ...base, outcome: 'wait', reason: 'minimum_sample', short: decision.short.map(label), winnerLabel: null }
        : { ...base, outcome: 'wait', reason: 'no_clear_winner', alpha: decision.alpha, winnerLabel: null };
    default: {
      const unreachable: never = decision;
      return unreachable;
    }
  }
}
