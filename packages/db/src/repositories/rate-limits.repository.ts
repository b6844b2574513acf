import { sql } from 'kysely';
import type { Db } from '../connect';

/** A hit counted in its window: how many hits the window has now, and when it ends. */
export interface RateLimitHit {
  count: number;
  resetsAt: Date;
}

/**
 * Counts `hits` hits for `key` in one statement, atomically across processes: they open a new
 * window of `windowMs` if the key has none or its window has ended, else join the current one.
 * The answer is the count after the last of them; the first of them made it `count - hits + 1`.
 */
export async function countRateLimitHit(db: Db, key: string, windowMs: number, hits = 1): Promise<RateLimitHit> {
  const row = await sql<RateLimitHit>`
    insert into rate_limit_windows as w (key, count, resets_at)
    values (${key}, ${hits}, clock_timestamp() + make_interval(secs => ${windowMs / 1000}))
    on conflict (key) do update set
      count = case when w.resets_at <= clock_timestamp() then excluded.count else w.count + excluded.count end,
      resets_at = case when w.resets_at <= clock_timestamp() then excluded.resets_at else w.resets_at end
    returning count, resets_at as "resetsAt"`.execute(db);
  const hit = row.rows[0];
  if (hit === undefined) throw new Error('counting a rate-limit hit returned no row');
  return hit;
}

/** Deletes windows that ended before `olderThan` (their keys start afresh anyway). */
export async function deleteEndedRateLimitWindows(db: Db, olderThan: Date): Promise<number> {
  const result = await db.deleteFrom('rateLimitWindows').where('resetsAt', '<', olderThan).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Takes `count` consecutive send slots of `channel`, `intervalMs` apart, in one statement shared by
 * every worker: the first slot is the channel's next free one, or now if that has passed. Returns
 * the first slot's time; the others follow at `intervalMs` steps. No two callers get the same slot.
 */
export async function reserveSendSlots(db: Db, channel: string, count: number, intervalMs: number): Promise<Date> {
  const span = sql`make_interval(secs => ${(count * intervalMs) / 1000})`;
  const row = await sql<{ firstAt: Date }>`
    insert into send_slots as s (channel, next_at) values (${channel}, clock_timestamp() + ${span})
    on conflict (channel) do update set next_at = greatest(s.next_at, clock_timestamp()) + ${span}
    returning next_at - ${span} as "firstAt"`.execute(db);
  const reserved = row.rows[0];
  if (reserved === undefined) throw new Error('reserving send slots returned no row');
  return reserved.firstAt;
}
