// Keeps each workspace's daily retention schedule (`data-retention:<workspaceId>`), as loyalty
// maintenance has its own: old rows must go without anyone pressing a button.
import type { Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import { ensureWorkspaceSchedule } from '@wayfarer/routing';
import { DATA_RETENTION_WORKFLOW, dataRetentionScheduleId } from '@wayfarer/workflows';

/** Makes sure the workspace has its daily retention run on the maintenance queue. Idempotent. */
export async function ensureDataRetentionSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  await ensureWorkspaceSchedule(temporal, {
    ...input,
    scheduleId: dataRetentionScheduleId(input.workspaceId),
    every: '1 day',
    workflowType: DATA_RETENTION_WORKFLOW,
  });
}

/** Ensures the schedule of every workspace (worker start-up: workspaces made since get theirs too). */
export async function ensureDataRetentionSchedules(temporal: Client, db: Db, taskQueue: string): Promise<number> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const workspace of workspaces) {
    await ensureDataRetentionSchedule(temporal, { workspaceId: workspace.id, taskQueue });
  }
  return workspaces.length;
}
