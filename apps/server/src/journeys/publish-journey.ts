import { DataError, getJourney, publishJourneyVersion, type Db, type JourneyVersion } from '@wayfarer/db';
import { compileJourney } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import { syncDateTriggerSchedule, type ScheduleServices } from './date-trigger-schedules';
import { InvalidJourneyError } from './journey-errors';

/**
 * Compiles the saved draft and stores it as the next numbered version, which becomes live (new
 * entrants run it; customers inside keep theirs). Refused with every problem if it does not compile.
 */
export async function publishJourney(
  services: { db: Db; registry: NodeRegistry } & ScheduleServices,
  workspaceId: string,
  journeyId: string,
): Promise<JourneyVersion> {
  const journey = await getJourney(services.db, workspaceId, journeyId);
  if (journey.status === 'archived') throw new DataError('invalid_state', 'An archived journey cannot be published.');
  const compiled = compileJourney(journey.draft, services.registry);
  if (!compiled.ok) throw new InvalidJourneyError(compiled.problems);
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
  return version;
}
