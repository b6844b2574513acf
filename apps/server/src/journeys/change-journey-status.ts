import { DataError, getJourney, setJourneyStatus, type Db, type Journey } from '@wayfarer/db';
import { nextStatus, type StatusAction } from './journey-status';

/** Pauses, resumes or archives a journey; an action its status does not allow is `invalid_state`. */
export async function changeJourneyStatus(
  db: Db,
  workspaceId: string,
  journeyId: string,
  action: StatusAction,
): Promise<Journey> {
  const journey = await getJourney(db, workspaceId, journeyId);
  const change = nextStatus(journey.status, action, journey.liveVersionId !== null);
  if (!change.ok) throw new DataError('invalid_state', change.message);
  if (change.status === journey.status) return journey;
  return setJourneyStatus(db, workspaceId, journeyId, change.status);
}
