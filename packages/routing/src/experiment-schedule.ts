import type { Client } from '@temporalio/client';
import { EXPERIMENT_DECISIONS_WORKFLOW, experimentDecisionsScheduleId } from '@wayfarer/workflows';
import { ensureWorkspaceSchedule } from './workspace-schedule';

/**
 * Makes sure the workspace has its daily experiment decisions (`experiment-decisions:<workspaceId>`),
 * a Temporal Schedule starting `experimentDecisions` on the journey task queue. Idempotent: called
 * when a journey with an auto-winner experiment is published, and for every workspace at worker start.
 */
export async function ensureExperimentDecisionsSchedule(
  temporal: Client,
  input: { workspaceId: string; taskQueue: string },
): Promise<void> {
  await ensureWorkspaceSchedule(temporal, {
    ...input,
    scheduleId: experimentDecisionsScheduleId(input.workspaceId),
    every: '1 day',
    workflowType: EXPERIMENT_DECISIONS_WORKFLOW,
  });
}
