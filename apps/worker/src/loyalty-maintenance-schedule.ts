// Keeps each workspace's daily loyalty maintenance schedule (`loyalty-maintenance:<workspaceId>`),
// as segment refreshes have theirs: points expiry and value tiers must move with time on their own.
import type { Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import { ensureWorkspaceSchedule } from '@wayfarer/routing';
import { LOYALTY_MAINTENANCE_WORKFLOW, loyaltyMaintenanceScheduleId } from '@wayfarer/workflows';

/**
 * Makes sure the workspace has its daily maintenance: a Schedule starting `loyaltyMaintenance` on
 * the journey task queue. Idempotent; a run still going when the next is due is skipped.
 */
export async function ensureLoyaltyMaintenanceSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  await ensureWorkspaceSchedule(temporal, {
    ...input,
    scheduleId: loyaltyMaintenanceScheduleId(input.workspaceId),
    every: '1 day',
    workflowType: LOYALTY_MAINTENANCE_WORKFLOW,
  });
}

/** Ensures the schedule of every workspace (worker start-up: workspaces made since get theirs too). */
export async function ensureLoyaltyMaintenanceSchedules(temporal: Client, db: Db, taskQueue: string): Promise<number> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const workspace of workspaces) {
    await ensureLoyaltyMaintenanceSchedule(temporal, { workspaceId: workspace.id, taskQueue });
  }
  return workspaces.length;
}
