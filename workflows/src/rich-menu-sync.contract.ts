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

/** Workflow type name of a saved rule's application to the customers it already concerns. */
export const RICH_MENU_ROLLOUT_WORKFLOW = 'richMenuRollout';

/** One rollout per workspace: saving the rule again replaces the one under way. */
export function richMenuRolloutWorkflowId(workspaceId: string): string {
  return `rich-menu-rollout:${workspaceId}`;
}

/** Customers the rollout went through, counted by outcome (`linked`, `unchanged`, `skipped:<reason>`…). */
export type RichMenuRolloutSummary = Record<string, number>;

export type RichMenuRolloutWorkflow = (input: { workspaceId: string }) => Promise<RichMenuRolloutSummary>;

export interface RichMenuRolloutActivities {
  /** Applies the rule to every customer it concerns, a page at a time, heartbeating its cursor. */
  applyRichMenuRuleToAll(input: { workspaceId: string }): Promise<RichMenuRolloutSummary>;
}
