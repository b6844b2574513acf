// Reads and writes behind the value-tier and leaderboard admin API (issue 6): the workspace's
// value-tier thresholds with how many customers each tier holds, and this month's points leaderboard
// with customers' names.
import type { Db } from '@wayfarer/db';
import type { RoutingDeps } from '@wayfarer/routing';
import { refreshValueTiersAndRoute } from '@wayfarer/worker';
import {
  getLoyaltySettings,
  leaderboardMonth,
  pointsLeaderboard,
  setLoyaltySettings,
  valueTiers,
  type ValueTierCounts,
  type ValueTierSettings,
} from '@wayfarer/loyalty';
import { sql } from 'kysely';

function emptyCounts(): ValueTierCounts {
  return Object.fromEntries(valueTiers.map((tier) => [tier, 0])) as ValueTierCounts;
}

/** Customers per value tier as the last refresh left them; `computedAt` is that refresh's time. */
export async function valueTierCounts(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('customerValueTiers')
    .select(['tier', sql<number>`count(*)::int`.as('customers'), sql<Date | null>`max(computed_at)`.as('computedAt')])
    .where('workspaceId', '=', workspaceId)
    .groupBy('tier')
    .execute();
  const counts = emptyCounts();
  for (const row of rows) counts[row.tier] = Number(row.customers);
  const times = rows.flatMap((row) => (row.computedAt ? [new Date(row.computedAt).getTime()] : []));
  return { counts, computedAt: times.length > 0 ? new Date(Math.max(...times)).toISOString() : null };
}

/** The thresholds and window in force, with the customer count of each tier. */
export async function getValueTiers(db: Db, workspaceId: string) {
  const settings = await getLoyaltySettings(db, workspaceId);
  return { ...settings.valueTiers, ...(await valueTierCounts(db, workspaceId)) };
}

/** Replaces the value-tier thresholds and window; the workspace's other loyalty settings stay. */
export async function saveValueTiers(db: Db, workspaceId: string, valueTierSettings: ValueTierSettings) {
  const settings = await getLoyaltySettings(db, workspaceId);
  const saved = await setLoyaltySettings(db, workspaceId, { ...settings, valueTiers: valueTierSettings });
  return saved.valueTiers;
}

/**
 * Recomputes every customer's tier now, storing and routing `value_tier_changed` events as the daily
 * run does (a change it found would otherwise never reach the journeys that start on it).
 */
export async function refreshValueTiersNow(deps: RoutingDeps, workspaceId: string, now = new Date()) {
  const computedAt = now.toISOString();
  const { counts, changed } = await refreshValueTiersAndRoute(deps, workspaceId, computedAt);
  return { counts, changed, computedAt };
}

/** This month's (UTC) top customers by points earned: rank (ties share one), name and points. */
export async function monthLeaderboard(db: Db, workspaceId: string, limit: number, now = new Date()) {
  const { from, to } = leaderboardMonth(now);
  const top = await pointsLeaderboard(db, { workspaceId, from, to, limit });
  const names =
    top.length === 0
      ? []
      : await db
          .selectFrom('customers')
          .select(['id', sql<string | null>`attributes ->> 'name'`.as('name')])
          .where('workspaceId', '=', workspaceId)
          .where(
            'id',
            'in',
            top.map((entry) => entry.customerId),
          )
          .execute();
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    entries: top.map((entry) => ({
      rank: entry.rank,
      customerId: entry.customerId,
      externalId: entry.externalId,
      name: nameOf.get(entry.customerId) ?? entry.externalId,
      points: entry.points,
    })),
  };
}
