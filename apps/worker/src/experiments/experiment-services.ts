// The experiment store a node runtime gets, bound to one step visit and its transaction: the
// customer's arm is read or written together with the step's receipt, so a retried step and a
// re-entering customer both find the arm they had.
import {
  enrollmentWithheld,
  findAssignment,
  findExperiment,
  recordAssignment,
  replaceAssignment,
  type Db,
  type NewAssignment,
} from '@wayfarer/db';
import { assignArm } from '@wayfarer/experiments';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import type { ArmAssignment, ExperimentServices } from '@wayfarer/nodes/runtime';

export interface ExperimentStepScope {
  workspaceId: string;
  journeyId: string;
  stepId: string;
  customerId: string;
  enrollmentId: string;
  /** The step's clock: conversions count from here. */
  now: Date;
}

/** A new customer's arm: the recorded winner's when there is one, else a stable draw by weight. */
async function newArm(trx: Db, scope: ExperimentStepScope, experiment: ExperimentDefinition) {
  const recorded = await findExperiment(trx, scope.journeyId, scope.stepId);
  const winner = recorded?.winnerArm;
  if (winner !== null && winner !== undefined && winner < experiment.arms.length) {
    return { arm: winner, source: 'winner' as const };
  }
  const weights = experiment.arms.map((arm) => arm.percent);
  return {
    arm: assignArm(`${scope.journeyId}:${scope.stepId}`, scope.customerId, weights) ?? 0,
    source: 'random' as const,
  };
}

export function createExperimentServices(trx: Db, scope: ExperimentStepScope): ExperimentServices {
  return {
    assign: async (experiment): Promise<ArmAssignment> => {
      const key = { journeyId: scope.journeyId, stepId: scope.stepId, customerId: scope.customerId };
      const stored = await findAssignment(trx, key);
      // Customers keep their arm; only one the current version no longer has is drawn again.
      if (stored && stored.arm < experiment.arms.length) return { arm: stored.arm, source: stored.source, kept: true };
      const row: NewAssignment = {
        ...key,
        workspaceId: scope.workspaceId,
        ...(await newArm(trx, scope, experiment)),
        // Held-out customers get an arm (the journey goes on) but are not counted in the test.
        withheld: await enrollmentWithheld(trx, scope.enrollmentId),
        enrollmentId: scope.enrollmentId,
        assignedAt: scope.now,
      };
      if (stored) {
        const replaced = await replaceAssignment(trx, row);
        return { arm: replaced.arm, source: replaced.source, kept: false };
      }
      const { assignment, inserted } = await recordAssignment(trx, row);
      return { arm: assignment.arm, source: assignment.source, kept: !inserted };
    },
  };
}
