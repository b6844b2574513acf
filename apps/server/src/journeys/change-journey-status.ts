import { DataError, getJourney, setJourneyStatus, type Db, type Journey } from '@wayfarer/db';
import { syncDateTriggerSchedule, type ScheduleServices } from './date-trigger-schedules';
import { nextStatus, type StatusAction } from './journey-status';

/** Pauses, resumes or archives a journey; an action its status does not allow is `invalid_state`. */
export async function changeJourneyStatus(
  services: { db: Db } & ScheduleServices,
  workspaceId: string,
  journeyId: string,
  action: StatusAction,
): Promise<Journey> {
  const { db } = services;
  const journey = await getJourney(db, workspaceId, journeyId);
  const change = nextStatus(journey.status, action, journey.liveVersionId !== null);
  if (!change.ok) throw new DataError('invalid_state', change.message);
  const changed =
    change.status === journey.status ? journey : await setJourneyStatus(db, workspaceId, journeyId, change.status);
  // Pausing pauses a date trigger's schedule, resuming resumes it, archiving deletes it (also on a
  // repeated action, which heals a schedule a failed call left behind).
  await syncDateTriggerSchedule(services, changed);
  return changed;
}
