import { inTransaction, lockKey, type LoyaltyDb } from '../db';
import { consumeLots, findEntries, ledgerLock, ledgerTotals } from './ledger.queries';
import { balanceOf } from './points.rules';
import {
  grantPointsMany,
  ledgerRow,
  positivePoints,
  type GrantPointsInput,
  type PointsResult,
  type PointsWrite,
} from './grant';

export { grantPointsMany, type GrantPointsInput, type PointsResult, type PointsWrite };

export interface DeductPointsInput extends PointsWrite {
  /** Let the balance go below zero (the overdraft is paid from later grants). */
  allowNegative?: boolean;
}

export type DeductPointsResult = PointsResult | { status: 'insufficient_points'; balance: number };

/** Adds a lot of points once per idempotency key; an outstanding overdraft is paid from it first. */
export async function grantPoints(db: LoyaltyDb, input: GrantPointsInput): Promise<PointsResult> {
  const [result] = await grantPointsMany(db, [input]);
  if (result === undefined) throw new Error('A grant returned no result.');
  return result;
}

/** Spends points FIFO once per idempotency key; never below zero unless `allowNegative`. */
export async function deductPoints(db: LoyaltyDb, input: DeductPointsInput): Promise<DeductPointsResult> {
  const points = positivePoints(input.points);
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, ledgerLock(input.customerId));
    const existing = (await findEntries(trx, [input.idempotencyKey])).get(input.idempotencyKey);
    if (existing !== undefined) return applied(trx, existing, true, input.customerId, now);
    const balance = balanceOf(await ledgerTotals(trx, input.customerId, now));
    if (balance < points && input.allowNegative !== true) return { status: 'insufficient_points', balance };
    const inserted = await trx
      .insertInto('pointsLedger')
      .values(ledgerRow(input, -points, now))
      .returning('id')
      .executeTakeFirstOrThrow();
    await consumeLots(trx, input.customerId, points, now);
    return applied(trx, inserted.id, false, input.customerId, now);
  });
}

async function applied(
  db: LoyaltyDb,
  entryId: string,
  duplicate: boolean,
  customerId: string,
  now: Date,
): Promise<PointsResult> {
  return { status: 'applied', entryId, duplicate, balance: await pointsBalanceAt(db, customerId, now) };
}

/** Spendable points at `now` (lots past expiry excluded, swept or not). */
export async function pointsBalanceAt(db: LoyaltyDb, customerId: string, now: Date = new Date()): Promise<number> {
  return balanceOf(await ledgerTotals(db, customerId, now));
}
