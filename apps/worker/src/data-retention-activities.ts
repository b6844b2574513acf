// Activities of the daily `dataRetention` workflow: fix a run's cutoffs from the workspace's
// settings, delete each table's expired rows in batches, and close the run with its counts.
import { Context } from '@temporalio/activity';
import {
  findRetentionSettings,
  finishRetentionRun,
  longestLookBackDays,
  purgeBatch,
  startRetentionRun,
  type Db,
  type PurgeBatchResult,
  type PurgeCursor,
} from '@wayfarer/db';
import type { DataRetentionActivities, DataRetentionTable } from '@wayfarer/workflows';
import type { WorkerMetrics } from './telemetry/worker-metrics';

const DAY_MS = 86_400_000;

export interface DataRetentionDeps {
  db: Db;
  metrics?: WorkerMetrics | undefined;
  /** Called after each committed batch (tests stop an attempt here to prove a retry resumes). */
  afterBatch?: (batch: PurgeBatchResult & { table: DataRetentionTable; attempt: number }) => Promise<void> | void;
}

/** Each table's cutoff: its setting, and for events at least the longest live look-back. */
async function cutoffsFor(db: Db, workspaceId: string, now: Date): Promise<Record<DataRetentionTable, string>> {
  const [settings, lookBack] = await Promise.all([
    findRetentionSettings(db, workspaceId),
    longestLookBackDays(db, workspaceId),
  ]);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return {
    events: before(Math.max(settings.eventsDays, lookBack)),
    stepEvents: before(settings.stepEventsDays),
    messages: before(settings.messagesDays),
  };
}

/** The cursor the last attempt heartbeated, if this is a retry. */
function resumedCursor(): PurgeCursor | null {
  const details: unknown = Context.current().info.heartbeatDetails;
  if (typeof details !== 'object' || details === null || !('cursor' in details)) return null;
  return (details as { cursor: PurgeCursor | null }).cursor;
}

export function createDataRetentionActivities(deps: DataRetentionDeps): DataRetentionActivities {
  return {
    beginRetentionRun: async ({ workspaceId, runId, now }) => {
      const startedAt = new Date(now);
      const cutoffs = await cutoffsFor(deps.db, workspaceId, startedAt);
      return startRetentionRun(deps.db, { id: runId, workspaceId, startedAt, cutoffs });
    },
    purgeExpiredRows: async ({ workspaceId, runId, table, cutoff, batchSize }) => {
      let cursor = resumedCursor();
      let deleted = 0;
      for (;;) {
        const batch = await purgeBatch(deps.db, { table, workspaceId, runId, cutoff, cursor, limit: batchSize });
        cursor = batch.cursor;
        deleted += batch.deleted;
        Context.current().heartbeat({ cursor });
        if (batch.deleted > 0) deps.metrics?.retentionDeleted(table, batch.deleted);
        await deps.afterBatch?.({ ...batch, table, attempt: Context.current().info.attempt });
        if (batch.scanned < batchSize) return deleted;
      }
    },
    finishRetentionRun: async ({ runId }) => {
      const run = await finishRetentionRun(deps.db, runId);
      return { runId, deleted: run.deleted };
    },
  };
}
