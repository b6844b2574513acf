import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import { experimentDefinition, experimentNode, variantPort } from '../builtins/experiment';
import type { RuntimeContext } from './context';
import { defineRuntime } from './define-runtime';
import { experimentsService, type ArmAssignment } from './services/journey-services';
import type { ServicesOf } from './services/service-key';

/** The key an experiment's assignments hash on: the step of the journey, whatever its version. */
export function experimentKey(context: Pick<RuntimeContext, 'journeyId' | 'stepId'>): string {
  return `${context.journeyId}:${context.stepId}`;
}

/** The customer's arm in the step's experiment, from the host's experiment store. */
export function armFor(
  context: RuntimeContext<ServicesOf<readonly [typeof experimentsService]>>,
  experiment: ExperimentDefinition,
): Promise<ArmAssignment> {
  return context.services.experiments.assign(experiment);
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

export const experimentRuntime = defineRuntime(experimentNode, {
  needs: [experimentsService],
  execute: async (config, context) => {
    const experiment = experimentDefinition(config);
    const assignment = await armFor(context, experiment);
    return { port: variantPort(assignment.arm), output: assignmentOutput(experiment, assignment) };
  },
});
