// The daily loyalty maintenance of a workspace, started by its Temporal Schedule: points whose
// expiry has passed are written off in the ledger, and customer value tiers are recomputed (their
// windows move with time even when no new purchase arrives).
import { proxyActivities } from '@temporalio/workflow';
import type {
  LoyaltyMaintenanceActivities,
  LoyaltyMaintenanceInput,
  LoyaltyMaintenanceSummary,
} from './loyalty-maintenance.contract';

// Both sweeps are idempotent, so a failed one is simply retried.
const { expireDuePoints, refreshCustomerValueTiers } = proxyActivities<LoyaltyMaintenanceActivities>({
  startToCloseTimeout: '30 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 5 },
});

/** Expires due points, then refreshes value tiers, both as of the run's start. */
export async function loyaltyMaintenance(input: LoyaltyMaintenanceInput): Promise<LoyaltyMaintenanceSummary> {
  // Workflow time is deterministic: a replay or a retried activity sees the same `now`.
  const now = new Date().toISOString();
  const expired = await expireDuePoints({ workspaceId: input.workspaceId, now });
  const tiers = await refreshCustomerValueTiers({ workspaceId: input.workspaceId, now });
  return { expired, valueTierChanges: tiers.changed };
}
