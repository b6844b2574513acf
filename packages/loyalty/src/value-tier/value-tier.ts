import { sql } from 'kysely';
import type { ValueTier } from '@wayfarer/db';
import type { LoyaltyDb } from '../db';
import { addMonths } from '../points/points.rules';
import { numericProperty } from '../purchases.queries';
import { getLoyaltySettings, type LoyaltySettings } from '../settings';
import { classifyValueTier, valueTiers, type ValueMetrics } from './value-tier.rules';

export interface RefreshValueTiersInput {
  workspaceId: string;
  now?: Date;
  /** Customers per batch. */
  batchSize?: number;
}

/** How many customers landed in each tier. */
export type ValueTierCounts = Record<ValueTier, number>;

/**
 * Recomputes every customer's value tier from purchases, spend and referrals over the workspace's
 * window (events named in its loyalty settings), in batches keyed by customer id.
 */
export async function refreshValueTiers(db: LoyaltyDb, input: RefreshValueTiersInput): Promise<ValueTierCounts> {
  const now = input.now ?? new Date();
  const settings = await getLoyaltySettings(db, input.workspaceId);
  const counts = Object.fromEntries(valueTiers.map((tier) => [tier, 0])) as ValueTierCounts;
  let cursor: string | null = null;
  for (;;) {
    const batch = await metricsBatch(db, input.workspaceId, settings, now, cursor, input.batchSize ?? 1000);
    const last = batch.at(-1);
    if (!last) return counts;
    const rows = batch.map((metrics) => {
      const tier = classifyValueTier(metrics, settings.valueTiers);
      counts[tier] += 1;
      return { ...metrics, workspaceId: input.workspaceId, tier, computedAt: now };
    });
    await db
      .insertInto('customerValueTiers')
      .values(rows)
      .onConflict((conflict) =>
        conflict.column('customerId').doUpdateSet((eb) => ({
          tier: eb.ref('excluded.tier'),
          purchases: eb.ref('excluded.purchases'),
          spend: eb.ref('excluded.spend'),
          referrals: eb.ref('excluded.referrals'),
          computedAt: eb.ref('excluded.computedAt'),
        })),
      )
      .execute();
    cursor = last.customerId;
  }
}

async function metricsBatch(
  db: LoyaltyDb,
  workspaceId: string,
  settings: LoyaltySettings,
  now: Date,
  after: string | null,
  limit: number,
): Promise<(ValueMetrics & { customerId: string })[]> {
  const since = addMonths(now, -settings.valueTiers.windowMonths);
  const { purchaseEvent, referralEvent } = settings;
  let query = db
    .selectFrom('customers')
    .leftJoin('events', (join) =>
      join
        .onRef('events.customerId', '=', 'customers.id')
        .on('events.kind', '=', 'track')
        .on('events.timestamp', '>', since)
        .on('events.timestamp', '<=', now)
        .on('events.name', 'in', [purchaseEvent, referralEvent]),
    )
    .select([
      'customers.id as customerId',
      sql<number>`count(events.id) filter (where events.name = ${purchaseEvent})`.as('purchases'),
      sql<number>`coalesce(sum(${numericProperty(settings.spendProperty)}) filter (where events.name = ${purchaseEvent}), 0)`.as(
        'spend',
      ),
      sql<number>`count(events.id) filter (where events.name = ${referralEvent})`.as('referrals'),
    ])
    .where('customers.workspaceId', '=', workspaceId)
    .groupBy('customers.id')
    .orderBy('customers.id')
    .limit(limit);
  if (after !== null) query = query.where('customers.id', '>', after);
  const rows = await query.execute();
  return rows.map((row) => ({
    customerId: row.customerId,
    purchases: Number(row.purchases),
    spend: Number(row.spend),
    referrals: Number(row.referrals),
  }));
}

/** The customer's last computed value tier, or null before the first refresh. */
export async function customerValueTier(db: LoyaltyDb, customerId: string): Promise<ValueTier | null> {
  const row = await db
    .selectFrom('customerValueTiers')
    .select('tier')
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  return row?.tier ?? null;
}
