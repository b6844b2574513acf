import { sql } from 'kysely';
import type { ValueTier } from '@wayfarer/db';
import { inTransaction, type LoyaltyDb } from '../db';
import { addMonths } from '../points/points.rules';
import { numericProperty } from '../purchases.queries';
import { getLoyaltySettings, type LoyaltySettings } from '../settings';
import { classifyValueTier, valueTiers, type ValueMetrics } from './value-tier.rules';

export interface RefreshValueTiersInput {
  workspaceId: string;
  now?: Date;
  /** Customers per batch. */
  batchSize?: number;
  /**
   * Called with each batch's tier changes inside the batch's transaction, so what it writes (e.g.
   * `value_tier_changed` events) commits with the new tiers or not at all. A first tier is a change
   * from null.
   */
  onChanges?: (trx: LoyaltyDb, changes: readonly ValueTierChange[]) => Promise<void>;
}

/** A customer whose value tier differs from the last refresh. */
export interface ValueTierChange {
  customerId: string;
  from: ValueTier | null;
  to: ValueTier;
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
    await inTransaction(db, async (trx) => {
      const changes = await upsertTiers(trx, rows);
      if (input.onChanges && changes.length > 0) await input.onChanges(trx, changes);
    });
    cursor = last.customerId;
  }
}

type ValueTierRow = ValueMetrics & { customerId: string; workspaceId: string; tier: ValueTier; computedAt: Date };

/** Stores a batch's tiers; returns the customers whose tier changed (rows locked until commit). */
async function upsertTiers(trx: LoyaltyDb, rows: readonly ValueTierRow[]): Promise<ValueTierChange[]> {
  const before = await trx
    .selectFrom('customerValueTiers')
    .select(['customerId', 'tier'])
    .where(
      'customerId',
      'in',
      rows.map((row) => row.customerId),
    )
    .forUpdate()
    .execute();
  const previous = new Map(before.map((row) => [row.customerId, row.tier]));
  await trx
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
  return rows
    .map((row) => ({ customerId: row.customerId, from: previous.get(row.customerId) ?? null, to: row.tier }))
    .filter((change) => change.from !== change.to);
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
