// What became of the messages each step of a journey version wrote: sent, skipped, deferred or
// failed, and why (raw rows, plus the daily counts of those retention deleted). Every skip and failure is a message row with its reason and every deferral a
// send_deferrals row, so these counts are those rows. A deferred send also counts where it ended.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { VersionScope } from './node-stats.query';
import { dayStart, inRange, type StatsRange } from './range';

/** `sent` counts messages handed over (the outbox records them as `queued`); attempts in flight are left out. */
export type MessageOutcome = 'sent' | 'skipped' | 'deferred' | 'failed';

/** How many of one step's messages ended one way, for one reason (null for sent ones). */
export interface StepOutcomeCount {
  outcome: MessageOutcome;
  reason: string | null;
  count: number;
}

/** Message outcomes by step id; each step's rows ordered sent, skipped, deferred, failed, then by count. */
export async function loadStepOutcomes(
  db: Db,
  scope: VersionScope,
  range: StatsRange,
): Promise<Map<string, StepOutcomeCount[]>> {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('enrollments', 'enrollments.id', 'messages.enrollmentId')
    .select([
      'messages.stepId',
      sql<MessageOutcome>`case when messages.status = 'queued' then 'sent' else messages.status end`.as('outcome'),
      sql<string | null>`case when messages.status in ('sent', 'queued') then null else messages.reason end`.as(
        'outcomeReason',
      ),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('messages.workspaceId', '=', scope.workspaceId)
    .where('messages.journeyId', '=', scope.journeyId)
    .where('enrollments.journeyVersionId', '=', scope.versionId)
    .where('messages.status', 'in', ['sent', 'queued', 'skipped', 'failed'])
    .where((eb) => inRange(eb.ref('messages.createdAt'), range))
    // Grouped by the output names: `reason` alone would name the column, not the case above.
    .groupBy(['messages.stepId', 'outcome', 'outcomeReason'])
    .execute();
  const rolledUp = await db
    .selectFrom('messageDays')
    .select([
      'stepId',
      sql<MessageOutcome>`case when status = 'queued' then 'sent' else status end`.as('outcome'),
      sql<string | null>`case when status in ('sent', 'queued') then null else reason end`.as('outcomeReason'),
      sql<number>`sum(count)::int`.as('count'),
    ])
    .where('workspaceId', '=', scope.workspaceId)
    .where('journeyId', '=', scope.journeyId)
    .where('journeyVersionId', '=', scope.versionId)
    .where('status', 'in', ['sent', 'queued', 'skipped', 'failed'])
    .where(() => inRange(dayStart, range))
    .groupBy(['stepId', 'outcome', 'outcomeReason'])
    .execute();
  const deferred = await db
    .selectFrom('sendDeferrals')
    .innerJoin('enrollments', 'enrollments.id', 'sendDeferrals.enrollmentId')
    .select([
      'sendDeferrals.stepId',
      sql<MessageOutcome>`'deferred'`.as('outcome'),
      'sendDeferrals.reason as outcomeReason',
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('sendDeferrals.workspaceId', '=', scope.workspaceId)
    .where('sendDeferrals.journeyId', '=', scope.journeyId)
    .where('enrollments.journeyVersionId', '=', scope.versionId)
    .where((eb) => inRange(eb.ref('sendDeferrals.createdAt'), range))
    .groupBy(['sendDeferrals.stepId', 'sendDeferrals.reason'])
    .execute();
  const order: Record<MessageOutcome, number> = { sent: 0, skipped: 1, deferred: 2, failed: 3 };
  const byStep = new Map<string, StepOutcomeCount[]>();
  for (const { stepId, outcome, outcomeReason: reason, count } of [...rows, ...rolledUp, ...deferred]) {
    if (stepId === null) continue;
    const list = byStep.get(stepId) ?? [];
    const key = reason ?? (outcome === 'sent' ? null : 'unknown');
    // Raw and rolled-up rows of one outcome and reason are one count.
    const same = list.find((entry) => entry.outcome === outcome && entry.reason === key);
    if (same) same.count += count;
    else list.push({ outcome, reason: key, count });
    byStep.set(stepId, list);
  }
  for (const list of byStep.values()) {
    list.sort((a, b) => order[a.outcome] - order[b.outcome] || b.count - a.count);
  }
  return byStep;
}
