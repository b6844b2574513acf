// The experiment store of a simulation: an arm the test run forces, else the one the workspace has
// stored for a real customer, else the recorded winner, else the stable draw — read, never written.
import { findAssignment, findExperiment, type Db } from '@wayfarer/db';
import { assignArm } from '@wayfarer/experiments';
import type { ExperimentDefinition } from '@wayfarer/experiments/schema';
import type { ArmAssignment, ExperimentServices } from '@wayfarer/nodes/runtime';
import type { SimulationRun } from './simulation-run';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function stored(db: Db, run: SimulationRun, journeyId: string, stepId: string, arms: number) {
  // A made-up customer (or a draft never published) has nothing stored.
  if (!UUID.test(run.customer.id) || !UUID.test(journeyId)) return undefined;
  const assignment = await findAssignment(db, { journeyId, stepId, customerId: run.customer.id });
  if (assignment && assignment.arm < arms) return { arm: assignment.arm, source: assignment.source, kept: true };
  const winner = (await findExperiment(db, journeyId, stepId))?.winnerArm;
  if (winner !== null && winner !== undefined && winner < arms)
    return { arm: winner, source: 'winner' as const, kept: false };
  return undefined;
}

export function memoryExperimentServices(
  db: Db,
  run: SimulationRun,
  scope: { journeyId: string; stepId: string },
): ExperimentServices {
  return {
    assign: async (experiment: ExperimentDefinition): Promise<ArmAssignment> => {
      const arms = experiment.arms.length;
      const forced = run.forcedArms[scope.stepId];
      if (forced !== undefined && forced < arms) return { arm: forced, source: 'forced', kept: false };
      const earlier = run.arms.get(scope.stepId);
      if (earlier !== undefined && earlier < arms) return { arm: earlier, source: 'random', kept: true };
      const weights = experiment.arms.map((arm) => arm.percent);
      const assignment = (await stored(db, run, scope.journeyId, scope.stepId, arms)) ?? {
        arm: assignArm(`${scope.journeyId}:${scope.stepId}`, run.customer.id, weights) ?? 0,
        source: 'random' as const,
        kept: false,
      };
      run.arms.set(scope.stepId, assignment.arm);
      return assignment;
    },
  };
}
