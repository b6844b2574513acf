// The contract of a workspace's daily retention run: names and types only (imported by the
// sandbox, the worker that implements the activities and whoever keeps the schedule).

/** Workflow type name of the daily retention run of a workspace. */
export const DATA_RETENTION_WORKFLOW = 'dataRetention';

/** The Temporal Schedule of a workspace's retention run (one per workspace). */
export function dataRetentionScheduleId(workspaceId: string): string {
  return `data-retention:${workspaceId}`;
}

/** The tables a run deletes from, in the order it walks them. */
export type DataRetentionTable = 'events' | 'stepEvents' | 'messages';

export interface DataRetentionInput {
  workspaceId: string;
  /** Rows per transaction (5,000 unless set). */
  batchSize?: number;
}

/** What one run deleted, per table. */
export interface DataRetentionSummary {
  runId: string;
  deleted: Record<DataRetentionTable, number>;
}

/** Activities of the run; `now` is the workflow's clock and `runId` its id, so a retry repeats the same run. */
export interface DataRetentionActivities {
  /** Records the run and fixes each table's cutoff from the settings (a retry keeps the first ones). */
  beginRetentionRun(input: { workspaceId: string; runId: string; now: string }): Promise<Record<string, string>>;
  /**
   * Deletes one table's expired rows in batches, heartbeating its cursor: a retried attempt goes
   * on from there. Returns the rows this attempt deleted.
   */
  purgeExpiredRows(input: {
    workspaceId: string;
    runId: string;
    table: DataRetentionTable;
    cutoff: string;
    batchSize: number;
  }): Promise<number>;
  /** Marks the run finished; returns its counts. */
  finishRetentionRun(input: { runId: string }): Promise<DataRetentionSummary>;
}
