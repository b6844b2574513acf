import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import type { NodeRegistry } from './registry';

/** A step that runs an A/B/n test, with what its node type declares about it. */
export interface StepExperiment {
  stepId: string;
  type: string;
  experiment: ExperimentDefinition;
}

/**
 * The experiments of a journey version: every step whose node type declares one for its config
 * (`core.experiment`, a `core.send` with other wordings, or a custom node type).
 */
export function experimentsOf(
  ir: { steps: Readonly<Record<string, { type: string; config: unknown }>> },
  registry: Pick<NodeRegistry, 'get'>,
): StepExperiment[] {
  return Object.entries(ir.steps).flatMap(([stepId, step]) => {
    const experiment = registry.get(step.type)?.experiment?.(step.config);
    return experiment ? [{ stepId, type: step.type, experiment }] : [];
  });
}
