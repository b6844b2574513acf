// Activities of the daily `loyaltyMaintenance` workflow: the points expiry sweep and the customer
// value-tier refresh of one workspace. A tier change is stored as a `value_tier_changed` event in
// the refresh's own transaction, then routed like any tracked event, so journeys can start on it.
import { insertEvent, type Db } from '@wayfarer/db';
import { valueTierChanged } from '@wayfarer/events';
import { expirePoints, refreshValueTiers, type ValueTierChange, type ValueTierCounts } from '@wayfarer/loyalty';
import { routeEvent, type RoutingDeps } from '@wayfarer/routing';
import type { LoyaltyMaintenanceActivities } from '@wayfarer/workflows';

/** The event a value-tier change is stored as. */
export const VALUE_TIER_CHANGED_EVENT = valueTierChanged.name;

/** Message ids of one refresh's events: the same run (same `now`) never stores one twice. */
function messageIdPrefix(now: string): string {
  return `value-tier:${now}:`;
}

async function storeChanges(trx: Db, workspaceId: string, now: string, changes: readonly ValueTierChange[]) {
  for (const change of changes) {
    await insertEvent(trx, {
      workspaceId,
      customerId: change.customerId,
      messageId: `${messageIdPrefix(now)}${change.customerId}`,
      kind: 'track',
      name: VALUE_TIER_CHANGED_EVENT,
      properties: { from: change.from, to: change.to },
      timestamp: new Date(now),
    });
  }
}

/** Routes the refresh's stored events not routed yet (all of them, or what a crashed attempt left). */
async function routeChanges(deps: RoutingDeps, workspaceId: string, now: string): Promise<number> {
  const prefix = messageIdPrefix(now).replace(/[\\%_]/g, (char) => `\\${char}`);
  const events = await deps.db
    .selectFrom('events')
    .select(['id', 'workspaceId', 'customerId', 'name', 'properties', 'timestamp'])
    .where('workspaceId', '=', workspaceId)
    .where('name', '=', VALUE_TIER_CHANGED_EVENT)
    .where('routedAt', 'is', null)
    .where('messageId', 'like', `${prefix}%`)
    .orderBy('receivedAt')
    .execute();
  for (const event of events) await routeEvent(deps, event);
  return events.length;
}

/**
 * Recomputes the workspace's value tiers as of `now` (ISO), storing each change as an event with the
 * new tiers and routing those events; the daily run and the admin's "recompute now" both use it, so
 * a manual refresh never swallows a change journeys wait for.
 */
export async function refreshValueTiersAndRoute(
  deps: RoutingDeps,
  workspaceId: string,
  now: string,
): Promise<{ counts: ValueTierCounts; changed: number }> {
  let changed = 0;
  const counts = await refreshValueTiers(deps.db, {
    workspaceId,
    now: new Date(now),
    onChanges: async (trx, changes) => {
      changed += changes.length;
      await storeChanges(trx, workspaceId, now, changes);
    },
  });
  await routeChanges(deps, workspaceId, now);
  return { counts, changed };
}

/** The maintenance activities; events route on the worker's own task queue. */
export function createLoyaltyMaintenanceActivities(deps: RoutingDeps): LoyaltyMaintenanceActivities {
  return {
    expireDuePoints: ({ workspaceId, now }) => expirePoints(deps.db, { workspaceId, now: new Date(now) }),
    refreshCustomerValueTiers: async ({ workspaceId, now }) => {
      const { changed } = await refreshValueTiersAndRoute(deps, workspaceId, now);
      return { changed };
    },
  };
}
