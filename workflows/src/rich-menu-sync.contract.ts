// The contract of keeping a customer's LINE rich menu in step with the workspace's rule (tier or
// segment → menu): names and types only (imported by the sandbox, the worker and the router).

/** Workflow type name of one rule application, started when a customer's tier or segments change. */
export const RICH_MENU_SYNC_WORKFLOW = 'richMenuSync';

/** Events after which the rule is applied again to the customer. */
export const RICH_MENU_RULE_EVENTS: readonly string[] = ['tier_changed', 'segment_entered', 'segment_exited'];

/** One application per fact (its event id): a fact routed twice applies the rule once. */
export function richMenuSyncWorkflowId(workspaceId: string, customerId: string, eventId: string): string {
  return `rich-menu:${workspaceId}:${customerId}:${eventId}`;
}

export interface RichMenuSyncInput {
  workspaceId: string;
  customerId: string;
}

/** What the application did: `linked`, `unlinked`, `unchanged`, `skipped:<reason>` or `no_rule`. */
export type RichMenuSyncWorkflow = (input: RichMenuSyncInput) => Promise<string>;

export interface RichMenuSyncActivities {
  /** Links the menu the rule gives the customer now (or the default); reads LINE first. */
  applyRichMenuRule(input: RichMenuSyncInput): Promise<string>;
}
