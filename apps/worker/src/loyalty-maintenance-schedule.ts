// Keeps each workspace's daily loyalty maintenance schedule (`loyalty-maintenance:<workspaceId>`),
// as segment refreshes have theirs: points expiry and value tiers must move with time on their own.
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import {
  LOYALTY_MAINTENANCE_WORKFLOW,
  loyaltyMaintenanceScheduleId,
  type LoyaltyMaintenanceWorkflow,
} from '@wayfarer/workflows';

/**
 * Makes sure the workspace has its daily maintenance: a Schedule starting `loyaltyMaintenance` on
 * the journey task queue. Idempotent; a run still going when the next is due is skipped.
 */
export async function ensureLoyaltyMaintenanceSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  const scheduleId = loyaltyMaintenanceScheduleId(input.workspaceId);
  try {
    await temporal.schedule.create<LoyaltyMaintenanceWorkflow>({
      scheduleId,
      spec: { intervals: [{ every: '1 day' }] },
      action: {
        type: 'startWorkflow',
        workflowType: LOYALTY_MAINTENANCE_WORKFLOW,
        workflowId: scheduleId,
        taskQueue: input.taskQueue,
        args: [{ workspaceId: input.workspaceId }],
      },
      policies: { overlap: 'SKIP' },
    });
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return;
    throw error;
  }
}

/** Ensures the schedule of every workspace (worker start-up: workspaces made since get theirs too). */
export async function ensureLoyaltyMaintenanceSchedules(temporal: Client, db: Db, taskQueue: string): Promise<number> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const workspace of workspaces) {
    await ensureLoyaltyMaintenanceSchedule(temporal, { workspaceId: workspace.id, taskQueue });
  }
  return workspaces.length;
}
