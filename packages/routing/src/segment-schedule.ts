import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import { SEGMENT_REFRESH_WORKFLOW, segmentRefreshScheduleId, type SegmentRefreshWorkflow } from '@wayfarer/workflows';

/**
 * Makes sure the workspace has its hourly segment refresh (`segments-refresh:<workspaceId>`), a
 * Temporal Schedule starting the `segmentRefresh` workflow on the journey task queue. Idempotent:
 * call it whenever a segment is created. A refresh still running when the next is due is skipped.
 */
export async function ensureSegmentRefreshSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  const scheduleId = segmentRefreshScheduleId(input.workspaceId);
  try {
    await temporal.schedule.create<SegmentRefreshWorkflow>({
      scheduleId,
      spec: { intervals: [{ every: '1 hour' }] },
      action: {
        type: 'startWorkflow',
        workflowType: SEGMENT_REFRESH_WORKFLOW,
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
