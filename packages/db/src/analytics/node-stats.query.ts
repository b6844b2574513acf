// Per-step counts of one journey version: visits entered and left (by port) in a window, who is
// waiting at a step now, and who left the journey because the step failed.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { dayStart, inRange, type StatsRange } from './range';

/** The counts of one step; steps nobody reached are absent (the caller knows the version's steps). */
export interface StepCounts {
  stepId: string;
  /** Visits that entered the step in the window. */
  entered: number;
  /**
   * Running enrollments whose last written step event is `entered` at this step. Workflow-side
   * steps are written late (see docs/analytics.md): waits under 60 s and time-of-day waits do not
   * show here.
   */
  waiting: number;
  /** Visits that left the step in the window, by port (`interrupted` when the journey exited there). */
  left: Record<string, number>;
  /**
   * Enrollments that exited with `step_failed:<stepId>` in the window, plus visits that left by
   * the step's `failed` port (a message that could not be sent, whether or not the port is wired).
   */
  errors: number;
}

/** Which journey version a report is about. */
export interface VersionScope {
  workspaceId: string;
  journeyId: string;
  versionId: string;
}

/** The `left` key of a visit that was interrupted (exit while waiting): its event has no port. */
export const INTERRUPTED_PORT = 'interrupted';

const STEP_FAILED = 'step_failed:';
/** The port node types leave by when their work failed for this customer (see `core.send`). */
export const FAILED_PORT = 'failed';

/** Step counts of a version, keyed by step id. */
export async function loadStepCounts(db: Db, scope: VersionScope, range: StatsRange): Promise<Map<string, StepCounts>> {
  const [visits, waiting, errors] = await Promise.all([
    countVisits(db, scope, range),
    countWaiting(db, scope),
    countErrors(db, scope, range),
  ]);
  const counts = new Map<string, StepCounts>();
  const of = (stepId: string): StepCounts => {
    let entry = counts.get(stepId);
    if (!entry) {
      entry = { stepId, entered: 0, waiting: 0, left: {}, errors: 0 };
      counts.set(stepId, entry);
    }
    return entry;
  };
  for (const row of visits) {
    const entry = of(row.stepId);
    if (row.kind === 'entered') entry.entered += row.count;
    else {
      const port = row.port ?? INTERRUPTED_PORT;
      entry.left[port] = (entry.left[port] ?? 0) + row.count;
    }
  }
  for (const row of waiting) of(row.stepId).waiting = row.count;
  for (const row of errors) of(row.stepId).errors = row.count;
  for (const entry of counts.values()) entry.errors += entry.left[FAILED_PORT] ?? 0;
  return counts;
}

// Raw step events, plus the daily counts of those retention deleted (docs/data-retention.md).
async function countVisits(db: Db, scope: VersionScope, range: StatsRange) {
  const result = await sql<{ stepId: string; kind: 'entered' | 'left'; port: string | null; count: number }>`
    select step_id, kind, port, sum(count)::int as count from (
      select step_id, kind, port, count(*) as count from step_events
      where workspace_id = ${scope.workspaceId} and journey_id = ${scope.journeyId}
        and journey_version_id = ${scope.versionId} and ${inRange(sql.ref('at'), range)}
      group by step_id, kind, port
      union all
      select step_id, kind, port, count from step_event_days
      where workspace_id = ${scope.workspaceId} and journey_version_id = ${scope.versionId}
        and ${inRange(dayStart, range)}
    ) visits
    group by step_id, kind, port`.execute(db);
  return result.rows;
}

// The last event by id: one enrollment's events are written in the order its workflow walked.
async function countWaiting(db: Db, scope: VersionScope) {
  const result = await sql<{ stepId: string; count: number }>`
    select last.step_id, count(*)::int as count
    from enrollments e
    cross join lateral (
      select se.step_id, se.kind from step_events se
      where se.enrollment_id = e.id order by se.id desc limit 1
    ) last
    where e.workspace_id = ${scope.workspaceId} and e.journey_id = ${scope.journeyId}
      and e.journey_version_id = ${scope.versionId} and e.status = 'running' and last.kind = 'entered'
    group by last.step_id`.execute(db);
  return result.rows;
}

async function countErrors(db: Db, scope: VersionScope, range: StatsRange) {
  const rows = await db
    .selectFrom('enrollments')
    .select(['exitReason', (eb) => eb.fn.countAll<number>().as('count')])
    .where('workspaceId', '=', scope.workspaceId)
    .where('journeyId', '=', scope.journeyId)
    .where('journeyVersionId', '=', scope.versionId)
    .where('status', '=', 'exited')
    .where('exitReason', 'like', `${STEP_FAILED}%`)
    .where((eb) => inRange(eb.ref('enrollments.finishedAt'), range))
    .groupBy('exitReason')
    .execute();
  return rows.map((row) => ({ stepId: (row.exitReason ?? '').slice(STEP_FAILED.length), count: row.count }));
}
