// Journey tags (the `journeys.tags` column, 0039): set on one journey, counted over a workspace.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import type { Journey, JourneyStatus } from '../schema';

/** A tag of the workspace's journeys and on how many it is. */
export interface JourneyTagCount {
  name: string;
  count: number;
}

/**
 * Replaces the journey's tags (already checked: trimmed, none twice). Organising is not editing:
 * `updatedAt` stays, so the list keeps its order while a marketer tags one row after another.
 */
export async function setJourneyTags(
  db: Db,
  input: { workspaceId: string; journeyId: string; tags: readonly string[] },
): Promise<Journey> {
  const journey = await db
    .updateTable('journeys')
    .set({ tags: [...input.tags] })
    .where('workspaceId', '=', input.workspaceId)
    .where('id', '=', input.journeyId)
    .returningAll()
    .executeTakeFirst();
  if (!journey) throw new DataError('not_found', `Journey ${input.journeyId} not found.`);
  return journey;
}

/**
 * The tags of the workspace's journeys with the number of journeys carrying each, most used first.
 * Counted over the journeys the list shows for `status` (no status: all but archived). Tags that
 * differ only in case count as one, under the spelling that sorts first.
 */
export async function listJourneyTagCounts(
  db: Db,
  workspaceId: string,
  filter: { status?: JourneyStatus } = {},
): Promise<JourneyTagCount[]> {
  const status = filter.status === undefined ? sql`j.status <> 'archived'` : sql`j.status = ${filter.status}`;
  const { rows } = await sql<JourneyTagCount>`
    select min(tag) as name, count(distinct j.id)::int as count
    from journeys j cross join lateral unnest(j.tags) as tag
    where j.workspace_id = ${workspaceId}::uuid and ${status}
    group by lower(tag)
    order by count desc, min(tag)`.execute(db);
  return rows;
}
