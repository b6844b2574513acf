// The daily retention run of a workspace, started by its Temporal Schedule: raw events, step
// events and messages older than the workspace keeps them are rolled up and deleted, table by
// table, in bounded batches (docs/data-retention.md).
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  DataRetentionActivities,
  DataRetentionInput,
  DataRetentionSummary,
  DataRetentionTable,
} from './data-retention.contract';

const DEFAULT_BATCH_SIZE = 5000;
const tables: readonly DataRetentionTable[] = ['stepEvents', 'messages', 'events'];

const { beginRetentionRun, finishRetentionRun } = proxyActivities<DataRetentionActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

// A table can take long; the heartbeat shows it is alive, and a retry resumes from its cursor.
const { purgeExpiredRows } = proxyActivities<DataRetentionActivities>({
  startToCloseTimeout: '6 hours',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

/** Deletes what the workspace's retention settings let go, and records how much. */
export async function dataRetention(input: DataRetentionInput): Promise<DataRetentionSummary> {
  // Workflow time and ids are deterministic: a replay or a retried activity sees the same run.
  const info = workflowInfo();
  const runId = `${info.workflowId}:${info.runId}`;
  const now = new Date().toISOString();
  const cutoffs = await beginRetentionRun({ workspaceId: input.workspaceId, runId, now });
  const batchSize = input.batchSize ?? DEFAULT_BATCH_SIZE;
  for (const table of tables) {
    const cutoff = cutoffs[table];
    if (cutoff === undefined) continue;
    await purgeExpiredRows({ workspaceId: input.workspaceId, runId, table, cutoff, batchSize });
  }
  return finishRetentionRun({ runId });
}
