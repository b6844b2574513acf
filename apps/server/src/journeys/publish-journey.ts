import { DataError, getJourney, publishJourneyVersion, type Db, type JourneyVersion } from '@wayfarer/db';
import { compileJourney, isError, type Diagnostic, type JourneyIR } from '@wayfarer/journey';
import { experimentsOf, type NodeRegistry } from '@wayfarer/nodes';
import { ensureExperimentDecisionsSchedule } from '@wayfarer/routing';
import { syncDateTriggerSchedule, type ScheduleServices } from './date-trigger-schedules';
import { InvalidJourneyError } from './journey-errors';
import { workspaceProblems } from './workspace-problems';

/** An experiment measured on the journey's goal needs the journey to have one. */
function experimentProblems(ir: JourneyIR, registry: NodeRegistry): Diagnostic[] {
  if (ir.goal !== null) return [];
  return experimentsOf(ir, registry)
    .filter(({ experiment }) => experiment.metric.kind === 'goal')
    .map(({ stepId }) => ({
      code: 'invalid_config',
      nodeId: stepId,
      message:
        "The experiment measures the journey's conversion goal, but the journey has none: set one in the journey settings or measure an event.",
    }));
}

/**
 * Compiles the saved draft and stores it as the next numbered version, which becomes live (new
 * entrants run it; customers inside keep theirs). Refused with every problem if it does not
 * compile or names a channel or asset the workspace lacks; published with its `warnings` otherwise.
 */
export async function publishJourney(
  services: { db: Db; registry: NodeRegistry } & ScheduleServices,
  workspaceId: string,
  journeyId: string,
): Promise<{ version: JourneyVersion; warnings: Diagnostic[] }> {
  const journey = await getJourney(services.db, workspaceId, journeyId);
  if (journey.status === 'archived') throw new DataError('invalid_state', 'An archived journey cannot be published.');
  const compiled = compileJourney(journey.draft, services.registry);
  if (!compiled.ok) throw new InvalidJourneyError(compiled.problems);
  const checked = await workspaceProblems(services, workspaceId, compiled.value);
  const errors = [...checked.filter(isError), ...experimentProblems(compiled.value, services.registry)];
  if (errors.length > 0) throw new InvalidJourneyError(errors);
  const version = await publishJourneyVersion(services.db, {
    workspaceId,
    journeyId,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph: journey.draft,
  });
  // A date trigger's schedule follows the new live version (created, updated or deleted). If this
  // fails the version is still published; publishing again puts the schedule right.
  await syncDateTriggerSchedule(
    services,
    { id: journeyId, workspaceId, status: 'live', liveVersionId: version.id },
    journey.liveVersionId,
  );
  // Auto-winner experiments are decided by the workspace's daily schedule.
  if (experimentsOf(compiled.value, services.registry).some(({ experiment }) => experiment.autoWinner.enabled)) {
    await ensureExperimentDecisionsSchedule(services.temporal, { workspaceId, taskQueue: services.taskQueue });
  }
  return { version, warnings: checked };
}
