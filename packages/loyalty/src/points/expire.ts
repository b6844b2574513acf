import { sql } from 'kysely';
import { inTransaction, lockKey, type LoyaltyDb } from '../db';
import { ledgerLock } from './ledger.queries';

export interface ExpirePointsInput {
  now: Date;
  /** Only this workspace (default: all). */
  workspaceId?: string;
  /** Customers per pass; the sweep loops until none is left. */
  batchSize?: number;
}

export interface ExpirePointsResult {
  customers: number;
  lots: number;
  points: number;
}

const left = sql<number>`coalesce(remaining, delta)`;

/**
 * Writes off what is left of every lot whose expiry has passed: one negative ledger row per lot (keyed
 * `points-expiry:<lot id>`, so a re-run writes nothing twice), one transaction per customer.
 */
export async function expirePoints(db: LoyaltyDb, input: ExpirePointsInput): Promise<ExpirePointsResult> {
  const result: ExpirePointsResult = { customers: 0, lots: 0, points: 0 };
  for (;;) {
    let query = db
      .selectFrom('pointsLedger')
      .select('customerId')
      .distinct()
      .where('delta', '>', 0)
      .where('expiresAt', '<=', input.now)
      .where(left, '>', 0)
      .limit(input.batchSize ?? 500);
    if (input.workspaceId !== undefined) query = query.where('workspaceId', '=', input.workspaceId);
    const customers = await query.execute();
    if (customers.length === 0) return result;
    for (const { customerId } of customers) {
      const swept = await expireCustomer(db, customerId, input.now);
      result.customers += 1;
      result.lots += swept.lots;
      result.points += swept.points;
    }
  }
}

async function expireCustomer(db: LoyaltyDb, customerId: string, now: Date): Promise<{ lots: number; points: number }> {
  return inTransaction(db, async (trx) => {
    await lockKey(trx, ledgerLock(customerId));
    const lots = await trx
      .selectFrom('pointsLedger')
      .select(['id', 'workspaceId', left.as('left')])
      .where('customerId', '=', customerId)
      .where('delta', '>', 0)
      .where('expiresAt', '<=', now)
      .where(left, '>', 0)
      .orderBy('createdAt')
      .forUpdate()
      .execute();
    let points = 0;
    for (const lot of lots) {
      await trx
        .insertInto('pointsLedger')
        .values({
          workspaceId: lot.workspaceId,
          customerId,
          delta: -lot.left,
          reason: 'points expired',
          idempotencyKey: `points-expiry:${lot.id}`,
          createdAt: now,
        })
        .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
        .execute();
      await trx.updateTable('pointsLedger').set({ remaining: 0 }).where('id', '=', lot.id).execute();
      points += lot.left;
    }
    return { lots: lots.length, points };
  });
}
