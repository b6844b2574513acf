// A marketer ends a test by choosing its winner (publishers): recorded as the schedule records one,
// with who chose, so every new customer follows it from then on. The audit log records the call.
import { DataError, getJourney, recordExperimentWinner, resolveReportVersion } from '@wayfarer/db';
import { experimentsOf } from '@wayfarer/nodes';
import type { Services } from '../services';

export async function chooseWinner(
  services: Services,
  input: { workspaceId: string; journeyId: string; stepId: string; arm: number; actorId: string },
): Promise<{ arm: number; label: string }> {
  await getJourney(services.db, input.workspaceId, input.journeyId);
  const versionId = await resolveReportVersion(services.db, input);
  const ir = versionId === null ? undefined : await services.loadVersion(versionId);
  const test =
    ir === undefined ? undefined : experimentsOf(ir, services.registry).find((t) => t.stepId === input.stepId);
  if (!test) throw new DataError('not_found', `The journey has no experiment at step ${input.stepId}.`);
  const arm = test.experiment.arms[input.arm];
  if (!arm) throw new DataError('not_found', `The experiment has no variant ${input.arm + 1}.`);
  const recorded = await recordExperimentWinner(
    services.db,
    { workspaceId: input.workspaceId, journeyId: input.journeyId, stepId: input.stepId },
    {
      arm: input.arm,
      at: new Date(),
      by: input.actorId,
      decision: { outcome: 'winner', method: 'manual', winnerArm: input.arm, winnerLabel: arm.label },
    },
  );
  if (!recorded) throw new DataError('invalid_state', 'This experiment already has a winner.');
  return { arm: input.arm, label: arm.label };
}
