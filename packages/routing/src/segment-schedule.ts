import type { Client } from '@temporalio/client';
import { SEGMENT_REFRESH_WORKFLOW, segmentRefreshScheduleId } from '@wayfarer/workflows';
import { ensureWorkspaceSchedule } from './workspace-schedule';

/**
 * Makes sure the workspace has its hourly segment refresh (`segments-refresh:<workspaceId>`), a
 * Temporal Schedule starting the `segmentRefresh` workflow on the journey task queue. Idempotent:
 * call it whenever a segment is created. A refresh still running when the next is due is skipped.
 */
export async function ensureSegmentRefreshSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  await ensureWorkspaceSchedule(temporal, {
    ...input,
    scheduleId: segmentRefreshScheduleId(input.workspaceId),
    every: '1 hour',
    workflowType: SEGMENT_REFRESH_WORKFLOW,
  });
}
