import { assignArm } from '@wayfarer/experiments';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import { experimentDefinition, experimentNode, variantPort } from '../builtins/experiment';
import type { ArmAssignment, RuntimeContext } from './context';
import { defineRuntime } from './define-runtime';

/** The key an experiment's assignments hash on: the step of the journey, whatever its version. */
export function experimentKey(context: Pick<RuntimeContext, 'journeyId' | 'stepId'>): string {
  return `${context.journeyId}:${context.stepId}`;
}

/**
 * The customer's arm in the step's experiment. Where no store is wired (bare runtime tests) the
 * stable draw alone decides, which is what the store would have recorded for a first entry.
 */
export async function armFor(context: RuntimeContext, experiment: ExperimentDefinition): Promise<ArmAssignment> {
  if (context.services.experiments) return context.services.experiments.assign(experiment);
  const weights = experiment.arms.map((arm) => arm.percent);
  return { arm: assignArm(experimentKey(context), context.customer.id, weights) ?? 0, source: 'random', kept: false };
}

/** What an assignment adds to a step's output (the report and the enrollment explorer read it). */
export function assignmentOutput(experiment: ExperimentDefinition, assignment: ArmAssignment): Record<string, unknown> {
  return {
    arm: assignment.arm,
    variant: experiment.arms[assignment.arm]?.label ?? null,
    assignedBy: assignment.source,
    kept: assignment.kept,
  };
}

export const experimentRuntime = defineRuntime(experimentNode, async (config, context) => {
  const experiment = experimentDefinition(config);
  const assignment = await armFor(context, experiment);
  return { port: variantPort(assignment.arm), output: assignmentOutput(experiment, assignment) };
});
