// The contract of the date-trigger sweep: names and types only (imported by the sandbox, the worker
// that implements the activity and the server that schedules the workflow).

/** Workflow type name of the sweep that enters customers whose date (birthday, anniversary) is due. */
export const DATE_TRIGGER_SWEEP_WORKFLOW = 'dateTriggerSweep';
/** Minutes between sweeps: every quarter hour, so zones at :30 and :45 offsets fire on time. */
export const DATE_TRIGGER_SWEEP_MINUTES = 15;
/** Customers read per activity call. */
export const DEFAULT_DATE_SWEEP_BATCH = 500;
/** Pages per workflow run before it continues as new, keeping each history small. */
export const DATE_SWEEP_PAGES_PER_RUN = 200;

/** The Temporal Schedule of a journey with a date trigger (one per journey). */
export function dateTriggerScheduleId(journeyId: string): string {
  return `date-trigger:${journeyId}`;
}

/** Instants after `from` up to and including `to`, as ISO text. */
export interface DateSweepWindow {
  from: string;
  to: string;
}

export interface DateTriggerSweepInput {
  workspaceId: string;
  journeyId: string;
  /** Minutes since the previous fire; defaults to {@link DATE_TRIGGER_SWEEP_MINUTES}. */
  intervalMinutes?: number;
  /**
   * The window to sweep. The schedule leaves it out: the run sweeps the interval ending at its
   * scheduled time. Given explicitly to re-run or back-fill a window (and in tests).
   */
  window?: DateSweepWindow;
  /** Customers per page; defaults to {@link DEFAULT_DATE_SWEEP_BATCH}. */
  batchSize?: number;
  /** Where a continued-as-new run picks up. */
  resume?: { after: string | null; totals: DateSweepTotals };
}

/** Counts of one sweep (or one page of it). */
export interface DateSweepTotals {
  /** Customers read (narrowed in SQL to plausible dates). */
  scanned: number;
  /** Occurrences due in the window. */
  due: number;
  /** Journey workflows this sweep started (a repeated window starts none). */
  started: number;
}

export interface DateTriggerSweepSummary extends DateSweepTotals {
  window: DateSweepWindow;
}

export type DateTriggerSweepWorkflow = (input: DateTriggerSweepInput) => Promise<DateTriggerSweepSummary>;

export interface DateSweepPageInput {
  workspaceId: string;
  journeyId: string;
  window: DateSweepWindow;
  /** Customer id the page starts after (null: the first page). */
  after: string | null;
  limit: number;
}

/** Activities of the sweep; named apart from the journey's, since a worker registers both. */
export interface DateTriggerActivities {
  /**
   * Enters the due customers of one page of the journey's workspace (ordered by id) through its
   * live version's date triggers. `next` is the last id read, null when there are no more. A
   * journey that is not live sweeps nothing. Safe to repeat: entries are keyed by occurrence.
   */
  sweepDateTriggerPage(input: DateSweepPageInput): Promise<DateSweepTotals & { next: string | null }>;
}
