// The date-trigger sweep of one journey, started every quarter hour by the journey's Temporal
// Schedule: it enters the customers whose date (birthday, anniversary) came due since the previous
// fire, a page at a time. The window comes from the schedule's time, never from a worker's clock,
// so a retried or replayed run sweeps the same instants.
import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  DATE_SWEEP_PAGES_PER_RUN,
  DATE_TRIGGER_SWEEP_MINUTES,
  DEFAULT_DATE_SWEEP_BATCH,
  type DateSweepTotals,
  type DateSweepWindow,
  type DateTriggerActivities,
  type DateTriggerSweepInput,
  type DateTriggerSweepSummary,
  type DateTriggerSweepWorkflow,
} from './date-trigger-sweep.contract';

// Entries are keyed by occurrence, so a retried page repeats nothing; keep retrying while the
// database is away rather than lose a birthday.
const { sweepDateTriggerPage } = proxyActivities<DateTriggerActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Set by Temporal on every run a schedule starts: the time it was due, even when run late. */
const scheduledStartTime = { name: 'TemporalScheduledStartTime', type: 'DATETIME' } as const;

/**
 * The interval ending at the run's scheduled time (the previous fire to this one). A run started
 * by hand ends its window at the last quarter hour of its own (deterministic) workflow time.
 */
function scheduledWindow(intervalMinutes: number): DateSweepWindow {
  const intervalMs = intervalMinutes * 60_000;
  const scheduled = workflowInfo().typedSearchAttributes.get(scheduledStartTime);
  const to = scheduled?.getTime() ?? Math.floor(Date.now() / intervalMs) * intervalMs;
  return { from: new Date(to - intervalMs).toISOString(), to: new Date(to).toISOString() };
}

const add = (a: DateSweepTotals, b: DateSweepTotals): DateSweepTotals => ({
  scanned: a.scanned + b.scanned,
  due: a.due + b.due,
  started: a.started + b.started,
});

/** Sweeps one window of one journey, page by page, continuing as new on long customer lists. */
export async function dateTriggerSweep(input: DateTriggerSweepInput): Promise<DateTriggerSweepSummary> {
  const window = input.window ?? scheduledWindow(input.intervalMinutes ?? DATE_TRIGGER_SWEEP_MINUTES);
  let totals = input.resume?.totals ?? { scanned: 0, due: 0, started: 0 };
  let after = input.resume?.after ?? null;
  for (let page = 0; page < DATE_SWEEP_PAGES_PER_RUN; page++) {
    const result = await sweepDateTriggerPage({
      workspaceId: input.workspaceId,
      journeyId: input.journeyId,
      window,
      after,
      limit: input.batchSize ?? DEFAULT_DATE_SWEEP_BATCH,
    });
    totals = add(totals, result);
    if (result.next === null) return { window, ...totals };
    after = result.next;
  }
  return continueAsNew<DateTriggerSweepWorkflow>({ ...input, window, resume: { after, totals } });
}
