// A journey's headline numbers over all its versions: the cohort that entered in a window, the
// messages its steps wrote, and per-day counts.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../connect';
import { dayStart, inRange, type StatsRange } from './range';

/** Enrollments that entered in the window, by where they are now. */
export interface EnrollmentTotals {
  enrolled: number;
  active: number;
  completed: number;
  exited: number;
  goalReached: number;
  /** Median of goal_reached_at − entered_at over those that reached the goal; null when none did. */
  medianTimeToConvertMs: number | null;
}

export interface ChannelTotals {
  channel: string;
  sent: number;
  skipped: number;
  /** Sends the quiet hours held back (each also counts where it ended once tried again). */
  deferred: number;
  failed: number;
}

/** One metric's count on one UTC day (`YYYY-MM-DD`). */
export interface DayCount {
  day: string;
  metric: 'entered' | 'completed' | 'exited' | 'goalReached';
  count: number;
}

export interface JourneyScope {
  workspaceId: string;
  journeyId: string;
}

export async function loadEnrollmentTotals(db: Db, scope: JourneyScope, range: StatsRange): Promise<EnrollmentTotals> {
  const row = await db
    .selectFrom('enrollments')
    .select([
      sql<number>`count(*)::int`.as('enrolled'),
      sql<number>`(count(*) filter (where status = 'running'))::int`.as('active'),
      sql<number>`(count(*) filter (where status = 'completed'))::int`.as('completed'),
      sql<number>`(count(*) filter (where status = 'exited'))::int`.as('exited'),
      sql<number>`(count(*) filter (where goal_reached_at is not null))::int`.as('goalReached'),
      sql<
        number | null
      >`(percentile_cont(0.5) within group (order by extract(epoch from goal_reached_at - entered_at) * 1000)
        filter (where goal_reached_at is not null))::float8`.as('medianTimeToConvertMs'),
    ])
    .where('workspaceId', '=', scope.workspaceId)
    .where('journeyId', '=', scope.journeyId)
    .where((eb) => inRange(eb.ref('enrollments.enteredAt'), range))
    .executeTakeFirstOrThrow();
  const median = row.medianTimeToConvertMs;
  return { ...row, medianTimeToConvertMs: median === null ? null : Math.round(median) };
}

/**
 * Messages written by the journey's steps in the window, per channel. `sent` counts messages handed
 * over (`sent`, and `queued` as the outbox records them); attempts in flight or of unknown outcome
 * are in no column.
 */
export async function loadChannelTotals(db: Db, scope: JourneyScope, range: StatsRange): Promise<ChannelTotals[]> {
  const [messages, deferrals] = await Promise.all([
    loadMessageTotals(db, scope, range),
    db
      .selectFrom('sendDeferrals')
      .select(['channel', sql<number>`count(*)::int`.as('deferred')])
      .where('workspaceId', '=', scope.workspaceId)
      .where('journeyId', '=', scope.journeyId)
      .where((eb) => inRange(eb.ref('sendDeferrals.createdAt'), range))
      .groupBy('channel')
      .execute(),
  ]);
  const byChannel = new Map(messages.map((row) => [row.channel, { ...row, deferred: 0 }]));
  for (const { channel, deferred } of deferrals) {
    const row = byChannel.get(channel) ?? { channel, sent: 0, skipped: 0, failed: 0, deferred: 0 };
    byChannel.set(channel, { ...row, deferred });
  }
  return [...byChannel.values()].sort((a, b) => a.channel.localeCompare(b.channel));
}

// Raw messages, plus the daily counts of those retention deleted (docs/data-retention.md).
async function loadMessageTotals(db: Db, scope: JourneyScope, range: StatsRange) {
  const result = await sql<{ channel: string; sent: number | null; skipped: number | null; failed: number | null }>`
    select channel,
      (sum(count) filter (where status in ('sent', 'queued')))::int as sent,
      (sum(count) filter (where status = 'skipped'))::int as skipped,
      (sum(count) filter (where status = 'failed'))::int as failed
    from (
      select channel, status, count(*) as count from messages
      where workspace_id = ${scope.workspaceId} and journey_id = ${scope.journeyId}
        and ${inRange(sql.ref('created_at'), range)}
      group by channel, status
      union all
      select channel, status, count from message_days
      where workspace_id = ${scope.workspaceId} and journey_id = ${scope.journeyId} and ${inRange(dayStart, range)}
    ) counted
    group by channel
    order by channel`.execute(db);
  return result.rows.map((row) => ({
    channel: row.channel,
    sent: row.sent ?? 0,
    skipped: row.skipped ?? 0,
    failed: row.failed ?? 0,
  }));
}

/** Entered / completed / exited / goal reached per UTC day in the window; days without any are absent. */
export async function loadDayCounts(db: Db, scope: JourneyScope, range: StatsRange): Promise<DayCount[]> {
  const perDay = (column: string, metric: DayCount['metric'], extra: RawBuilder<unknown>) => sql`
    select to_char((${sql.ref(column)} at time zone 'UTC')::date, 'YYYY-MM-DD') as day, ${metric}::text as metric,
      count(*)::int as count
    from enrollments
    where workspace_id = ${scope.workspaceId} and journey_id = ${scope.journeyId}
      and ${sql.ref(column)} is not null and ${extra} and ${inRange(sql.ref(column), range)}
    group by 1`;
  const result = await sql<DayCount>`
    ${perDay('entered_at', 'entered', sql`true`)}
    union all ${perDay('finished_at', 'completed', sql`status = 'completed'`)}
    union all ${perDay('finished_at', 'exited', sql`status = 'exited'`)}
    union all ${perDay('goal_reached_at', 'goalReached', sql`true`)}
    order by day`.execute(db);
  return result.rows;
}
