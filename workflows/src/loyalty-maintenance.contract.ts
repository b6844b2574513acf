// The contract of a workspace's daily loyalty maintenance: names and types only (imported by the
// sandbox, the worker that implements the activities and whoever keeps the schedule).

/** Workflow type name of the daily loyalty maintenance of a workspace. */
export const LOYALTY_MAINTENANCE_WORKFLOW = 'loyaltyMaintenance';

/** The Temporal Schedule of a workspace's loyalty maintenance (one per workspace). */
export function loyaltyMaintenanceScheduleId(workspaceId: string): string {
  return `loyalty-maintenance:${workspaceId}`;
}

export interface LoyaltyMaintenanceInput {
  workspaceId: string;
}

/** What one maintenance run did. */
export interface LoyaltyMaintenanceSummary {
  expired: { customers: number; lots: number; points: number };
  /** Customers whose value tier changed (each also stored as a `value_tier_changed` event). */
  valueTierChanges: number;
}

export type LoyaltyMaintenanceWorkflow = (input: LoyaltyMaintenanceInput) => Promise<LoyaltyMaintenanceSummary>;

/** Activities of the maintenance; `now` is the workflow's clock, so a retry repeats the same run. */
export interface LoyaltyMaintenanceActivities {
  /** Writes off the lots whose expiry has passed as negative ledger rows (idempotent per lot). */
  expireDuePoints(input: { workspaceId: string; now: string }): Promise<LoyaltyMaintenanceSummary['expired']>;
  /** Recomputes value tiers; stores and routes a `value_tier_changed` event per change. */
  refreshCustomerValueTiers(input: { workspaceId: string; now: string }): Promise<{ changed: number }>;
}
