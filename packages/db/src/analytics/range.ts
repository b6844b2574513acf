import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/** A time window of a report: `from` inclusive, `to` exclusive; an absent end is open. */
export interface StatsRange {
  from?: Date | undefined;
  to?: Date | undefined;
}

/** `column` within `range`, for a where clause (true when the range is open on both ends). */
export function inRange(column: Expression<unknown>, range: StatsRange): RawBuilder<SqlBool> {
  const from = range.from === undefined ? sql`true` : sql`${column} >= ${range.from}`;
  const to = range.to === undefined ? sql`true` : sql`${column} < ${range.to}`;
  return sql<SqlBool>`(${from} and ${to})`;
}

/**
 * A rollup row's day as the instant it starts (UTC): retention keeps per-day counts of deleted rows,
 * so a window includes a rolled-up day when the day starts inside it.
 */
export const dayStart = sql`(day::timestamp at time zone 'UTC')`;
