import { sql } from 'kysely';
import type { Db } from '../connect';

/**
 * A cheap fingerprint of a journey's progress: the newest step event and the enrollment counts by
 * status and goal. Any change to what node stats show changes it (new events, finished or removed
 * enrollments), so a live view recomputes only when it differs.
 */
export async function loadJourneyChangeMarker(db: Db, journeyId: string): Promise<string> {
  const result = await sql<{ marker: string }>`
    select concat_ws(':',
      (select coalesce(max(id), 0) from step_events where journey_id = ${journeyId}),
      (select count(*) from enrollments where journey_id = ${journeyId} and status = 'running'),
      (select count(*) from enrollments where journey_id = ${journeyId} and status = 'completed'),
      (select count(*) from enrollments where journey_id = ${journeyId} and status = 'exited'),
      (select count(*) from enrollments where journey_id = ${journeyId} and goal_reached_at is not null)
    ) as marker`.execute(db);
  return result.rows[0]?.marker ?? '';
}
