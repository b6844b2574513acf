// The date-trigger sweep's activity: one page of a workspace's customers, narrowed in SQL to the
// month-days that can be due, checked exactly in TypeScript (time zones, leap days, offsets), and
// entered through the routing rules under a workflow id naming the occurrence.
import type { Client } from '@temporalio/client';
import { sql, type Expression, type SqlBool } from 'kysely';
import { createVersionCache, DataError, getJourney, type Db } from '@wayfarer/db';
import { journeyIRSchema, type JourneyIR, type TriggerMatch } from '@wayfarer/journey';
import { candidateMonthDays, dueOccurrence, occurrenceKey, type SweepWindow } from '@wayfarer/nodes';
import { entryWorkflowId, startEnrollment } from '@wayfarer/routing';
import type { DateSweepPageInput, DateSweepTotals, DateTriggerActivities } from '@wayfarer/workflows';

export interface DateTriggerActivityDeps {
  db: Db;
  /** Starts the journey workflows. */
  temporal: Client;
  /** Task queue journey workflows are started on. */
  taskQueue: string;
  /** Entries in flight at once within a page (default 16), so a page cannot flood Postgres. */
  concurrency?: number;
}

type DateMatch = Extract<TriggerMatch, { on: 'date' }>;
interface DateTrigger {
  stepId: string;
  match: DateMatch;
}
interface CustomerDates {
  id: string;
  timezone: string;
  attributes: Record<string, unknown>;
}
interface LiveJourney {
  versionId: string;
  ir: JourneyIR;
  triggers: DateTrigger[];
}

const nothing = { scanned: 0, due: 0, started: 0, next: null };

function dateTriggers(ir: JourneyIR): DateTrigger[] {
  return ir.triggers.flatMap(({ stepId, match }) => (match.on === 'date' ? [{ stepId, match }] : []));
}

// Month-day of a stored date, whatever its form: `YYYY-MM-DD…` and `--MM-DD` both end it at char 10.
function mayBeDue(trigger: DateTrigger, window: SweepWindow): Expression<SqlBool> {
  const value = sql<string>`btrim(attributes ->> ${trigger.match.attribute})`;
  const monthDays = candidateMonthDays(window, trigger.match.offsetDays);
  if (monthDays === undefined) return sql<SqlBool>`${value} is not null`;
  return sql<SqlBool>`right(left(${value}, 10), 5) in (${sql.join(monthDays)})`;
}

async function customersPage(db: Db, input: DateSweepPageInput, triggers: DateTrigger[], window: SweepWindow) {
  return db
    .selectFrom('customers')
    .select(['id', 'timezone', 'attributes'])
    .where('workspaceId', '=', input.workspaceId)
    .$if(input.after !== null, (query) => query.where('id', '>', input.after ?? ''))
    .where((eb) => eb.or(triggers.map((trigger) => mayBeDue(trigger, window))))
    .orderBy('id')
    .limit(input.limit)
    .execute();
}

/** The due (trigger, occurrence key) pairs of one customer. */
function dueEntries(customer: CustomerDates, triggers: DateTrigger[], window: SweepWindow) {
  return triggers.flatMap((trigger) => {
    const { attribute, offsetDays, at } = trigger.match;
    const occurrence = dueOccurrence(customer.attributes[attribute], customer.timezone, { offsetDays, at }, window);
    return occurrence ? [{ trigger, entryKey: occurrenceKey(attribute, { offsetDays }, occurrence) }] : [];
  });
}

async function inChunks<T>(items: readonly T[], size: number, run: (item: T) => Promise<boolean>): Promise<number> {
  let count = 0;
  for (let index = 0; index < items.length; index += size) {
    const results = await Promise.all(items.slice(index, index + size).map(run));
    count += results.filter(Boolean).length;
  }
  return count;
}

/** The sweep's activity, backed by Postgres; it starts journey workflows through `temporal`. */
export function createDateTriggerActivities(deps: DateTriggerActivityDeps): DateTriggerActivities {
  const loadVersion = createVersionCache(deps.db, (ir) => journeyIRSchema.parse(ir));

  async function liveJourney(workspaceId: string, journeyId: string): Promise<LiveJourney | undefined> {
    try {
      const journey = await getJourney(deps.db, workspaceId, journeyId);
      if (journey.status !== 'live' || journey.liveVersionId === null) return undefined;
      const ir = await loadVersion(journey.liveVersionId);
      return { versionId: journey.liveVersionId, ir, triggers: dateTriggers(ir) };
    } catch (error) {
      // A deleted journey sweeps nothing; its schedule is on its way out.
      if (error instanceof DataError && error.code === 'not_found') return undefined;
      throw error;
    }
  }

  return {
    async sweepDateTriggerPage(input) {
      const journey = await liveJourney(input.workspaceId, input.journeyId);
      if (journey === undefined || journey.triggers.length === 0) return nothing;
      const window = { from: new Date(input.window.from), to: new Date(input.window.to) };
      const customers = await customersPage(deps.db, input, journey.triggers, window);
      const entries = customers.flatMap((customer) =>
        dueEntries(customer, journey.triggers, window).map((entry) => ({ ...entry, customerId: customer.id })),
      );
      const started = await inChunks(entries, deps.concurrency ?? 16, async ({ trigger, entryKey, customerId }) => {
        const outcome = await startEnrollment(deps, {
          workspaceId: input.workspaceId,
          journeyId: input.journeyId,
          journeyVersionId: journey.versionId,
          ir: journey.ir,
          customerId,
          entryStepId: trigger.stepId,
          entryEvent: null,
          workflowId: entryWorkflowId(input.journeyId, customerId, journey.ir.settings.reentry, entryKey),
        });
        return outcome.status === 'started';
      });
      const totals: DateSweepTotals = { scanned: customers.length, due: entries.length, started };
      const last = customers.at(-1);
      return { ...totals, next: customers.length === input.limit && last ? last.id : null };
    },
  };
}
