// Local-time broadcasts: the same wall-clock time falls on a different instant in each time zone.
// Members are grouped into waves, one per instant, from the zones they have; Postgres's own time
// zone database does the arithmetic (daylight saving included), and a zone it does not know is
// taken as UTC, the default every customer starts with.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Broadcast, BroadcastWave } from '../schema';

/** The waves of a broadcast of `segmentId` at `localTime` ('YYYY-MM-DDTHH:MM'), earliest first. */
export async function planLocalWaves(db: Db, segmentId: string, localTime: string): Promise<BroadcastWave[]> {
  const { rows } = await sql<{ zone: string; at: Date }>`
    with zones as (
      select distinct c.timezone as zone
      from segment_memberships m join customers c on c.id = m.customer_id
      where m.segment_id = ${segmentId}::uuid
    ), known as (
      select name from pg_timezone_names where name in (select zone from zones)
    )
    select zone, ${localTime}::timestamp at time zone (case when zone in (select name from known) then zone else 'UTC' end) as at
    from zones`.execute(db);
  return groupByInstant(rows);
}

/** Zones sharing an instant form one wave; waves earliest first, zones sorted for a stable row. */
export function groupByInstant(rows: readonly { zone: string; at: Date }[]): BroadcastWave[] {
  const byInstant = new Map<number, string[]>();
  for (const { zone, at } of rows) byInstant.set(at.getTime(), [...(byInstant.get(at.getTime()) ?? []), zone]);
  return [...byInstant.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, zones]) => ({ at: new Date(at).toISOString(), zones: zones.sort() }));
}

/** The wave in progress of a local-time broadcast; undefined for one that enters everyone at once. */
export function currentWave(broadcast: Pick<Broadcast, 'waves' | 'wave'>): BroadcastWave | undefined {
  return broadcast.waves?.[broadcast.wave];
}

/** The instant the first members of a local-time broadcast of `segmentId` enter; undefined for no members. */
export async function firstLocalInstant(db: Db, segmentId: string, localTime: string): Promise<Date | undefined> {
  const [first] = await planLocalWaves(db, segmentId, localTime);
  return first === undefined ? undefined : new Date(first.at);
}
