import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import { maintenanceTaskQueue } from '@wayfarer/workflows';

/** A workspace's recurring workflow: one Schedule whose id is also the workflow id it starts. */
export interface WorkspaceSchedule {
  scheduleId: string;
  /** How often, e.g. `1 hour`, `1 day`. */
  every: string;
  workflowType: string;
  workspaceId: string;
  /** The journey task queue; the workflow runs on the maintenance queue beside it. */
  taskQueue: string;
}

/**
 * Makes sure the Schedule exists, starting `workflowType({ workspaceId })` on the maintenance task
 * queue every `every`. Idempotent (an existing schedule is left as it is); a run still going when the next is
 * due is skipped, so slow runs never pile up.
 */
export async function ensureWorkspaceSchedule(temporal: Client, schedule: WorkspaceSchedule): Promise<void> {
  try {
    await temporal.schedule.create({
      scheduleId: schedule.scheduleId,
      spec: { intervals: [{ every: schedule.every }] },
      action: {
        type: 'startWorkflow',
        workflowType: schedule.workflowType,
        workflowId: schedule.scheduleId,
        taskQueue: maintenanceTaskQueue(schedule.taskQueue),
        args: [{ workspaceId: schedule.workspaceId }],
      },
      policies: { overlap: 'SKIP' },
    });
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return;
    throw error;
  }
}
