import { sql } from 'kysely';
import type { LoyaltyDb } from '../db';
import { planConsumption, type LedgerTotals } from './points.rules';

// SQL over points_ledger shared by grants, deductions and the expiry sweep. A positive row is a lot;
// its `remaining` (null = all of `delta`) is what FIFO spending has left of it.

const left = sql<number>`coalesce(remaining, delta)`;

/** The customer's ledger sums at `now`. */
export async function ledgerTotals(db: LoyaltyDb, customerId: string, now: Date): Promise<LedgerTotals> {
  return (await ledgerTotalsOf(db, [customerId], now)).get(customerId) ?? { total: 0, unspent: 0, expiredUnswept: 0 };
}

/**
 * Ledger sums at `now` of each customer (those without a row are absent): one index scan per
 * customer (a lateral aggregate), never a scan of the ledger, whatever its statistics say (an
 * import batch asks for dozens of customers while the ledger grows faster than autovacuum analyses it).
 */
export async function ledgerTotalsOf(
  db: LoyaltyDb,
  customerIds: readonly string[],
  now: Date,
): Promise<Map<string, LedgerTotals>> {
  const { rows } = await sql<{ customerId: string; total: number; unspent: number; expiredUnswept: number }>`
    select c.id as "customerId", t.total, t.unspent, t.expired_unswept as "expiredUnswept"
    from unnest(${[...new Set(customerIds)]}::uuid[]) as c(id)
    cross join lateral (
      select count(*) as entries,
        coalesce(sum(delta), 0)::bigint as total,
        coalesce(sum(case when delta > 0 then ${left} end), 0)::bigint as unspent,
        coalesce(sum(case when delta > 0 and expires_at <= ${now} then ${left} end), 0)::bigint as expired_unswept
      from points_ledger where customer_id = c.id) as t
    where t.entries > 0`.execute(db);
  return new Map(
    rows.map((row) => [
      row.customerId,
      { total: Number(row.total), unspent: Number(row.unspent), expiredUnswept: Number(row.expiredUnswept) },
    ]),
  );
}

/** Spends `amount` from the customer's live lots, oldest grant first; returns what no lot covered. */
export async function consumeLots(db: LoyaltyDb, customerId: string, amount: number, now: Date): Promise<number> {
  const lots = await db
    .selectFrom('pointsLedger')
    .select(['id', left.as('left')])
    .where('customerId', '=', customerId)
    .where('delta', '>', 0)
    .where(left, '>', 0)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]))
    .orderBy('createdAt')
    .orderBy('id')
    .forUpdate()
    .execute();
  const plan = planConsumption(lots, amount);
  for (const take of plan.takes) {
    await db.updateTable('pointsLedger').set({ remaining: take.left }).where('id', '=', take.id).execute();
  }
  return plan.uncovered;
}

/** The ledger rows already written under any of `keys`: key → row id. */
export async function findEntries(db: LoyaltyDb, keys: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('pointsLedger')
    .select(['id', 'idempotencyKey'])
    .where('idempotencyKey', '=', sql<string>`any(${[...keys]}::text[])`)
    .execute();
  return new Map(rows.map((row) => [row.idempotencyKey, row.id]));
}

/** Lock name serialising one customer's ledger writes. */
export function ledgerLock(customerId: string): string {
  return `loyalty:points:${customerId}`;
}
