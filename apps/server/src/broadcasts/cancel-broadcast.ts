import { WorkflowNotFoundError } from '@temporalio/client';
import { cancelBroadcast, type Broadcast } from '@wayfarer/db';
import { broadcastWorkflowId, CANCEL_BROADCAST_SIGNAL } from '@wayfarer/workflows';
import type { Services } from '../services';

/**
 * Cancels a scheduled or running broadcast: the row says so at once (the next batch sees it and
 * enters nobody), and the workflow is signalled so it stops waiting and ends. Members already
 * entered stay in the journey. Cancelling an ended broadcast returns it unchanged.
 */
export async function cancelBroadcastRun(
  services: Services,
  input: { workspaceId: string; broadcastId: string },
): Promise<Broadcast> {
  const broadcast = await cancelBroadcast(services.db, input.workspaceId, input.broadcastId);
  try {
    await services.temporal.workflow.getHandle(broadcastWorkflowId(broadcast.id)).signal(CANCEL_BROADCAST_SIGNAL);
  } catch (error) {
    // The workflow has already ended: the row is the whole story.
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
  return broadcast;
}
