// Keeps customers' LINE rich menus in step with the workspace's rule (tier or segment → menu): a
// routed tier change or segment entry/exit starts one `richMenuSync` workflow for the customer,
// which applies the rule as it stands when it runs (the worker calls LINE, with retries).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { workspaceHasRichMenuRules, type EventRow } from '@wayfarer/db';
import {
  RICH_MENU_RULE_EVENTS,
  RICH_MENU_SYNC_WORKFLOW,
  richMenuSyncWorkflowId,
  type RichMenuSyncWorkflow,
} from '@wayfarer/workflows';
import type { RoutingDeps } from './enter-journeys';

type RoutedFact = Pick<EventRow, 'id' | 'workspaceId' | 'customerId' | 'name'>;

/** After `event` was routed: applies the rich menu rule to its customer when it may change their menu. */
export async function followRichMenuRule(deps: RoutingDeps, event: RoutedFact): Promise<void> {
  if (!RICH_MENU_RULE_EVENTS.includes(event.name)) return;
  // The workflow reads the rule itself when it runs; routing needs only whether there is one.
  if (!(await workspaceHasRichMenuRules(deps.db, event.workspaceId))) return;
  try {
    await deps.temporal.workflow.start<RichMenuSyncWorkflow>(RICH_MENU_SYNC_WORKFLOW, {
      taskQueue: deps.taskQueue,
      workflowId: richMenuSyncWorkflowId(event.workspaceId, event.customerId, event.id),
      args: [{ workspaceId: event.workspaceId, customerId: event.customerId }],
    });
  } catch (error) {
    // The fact was routed before (a retry): its application is already under way or done.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
