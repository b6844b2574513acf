import { inTransaction, lockKey, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { getLoyaltySettings } from '../settings';
import { consumeLots, findEntry, ledgerLock, ledgerTotals } from './ledger.queries';
import { addMonths, balanceOf, debtOf } from './points.rules';

/** Who, why, and the key that makes a retried write land once; `now` defaults to the clock. */
export interface PointsWrite {
  workspaceId: string;
  customerId: string;
  points: number;
  reason: string;
  idempotencyKey: string;
  journeyId?: string | null;
  enrollmentId?: string | null;
  stepId?: string | null;
  now?: Date;
}

export interface GrantPointsInput extends PointsWrite {
  /** Months until the grant expires; null never; omitted: the workspace's `pointsExpiryMonths`. */
  expiresInMonths?: number | null;
}

export interface DeductPointsInput extends PointsWrite {
  /** Let the balance go below zero (the overdraft is paid from later grants). */
  allowNegative?: boolean;
}

export type PointsResult = { status: 'applied'; entryId: string; duplicate: boolean; balance: number };
export type DeductPointsResult = PointsResult | { status: 'insufficient_points'; balance: number };

function positive(points: number): number {
  if (!Number.isInteger(points) || points <= 0) {
    throw new LoyaltyError('invalid_input', `points must be a positive integer, got ${points}`);
  }
  return points;
}

async function expiryFor(db: LoyaltyDb, input: GrantPointsInput, now: Date): Promise<Date | null> {
  const months =
    input.expiresInMonths === undefined
      ? (await getLoyaltySettings(db, input.workspaceId)).pointsExpiryMonths
      : input.expiresInMonths;
  return months === null ? null : addMonths(now, months);
}

function row(input: PointsWrite, delta: number, now: Date) {
  return {
    workspaceId: input.workspaceId,
    customerId: input.customerId,
    delta,
    reason: input.reason,
    journeyId: input.journeyId ?? null,
    enrollmentId: input.enrollmentId ?? null,
    stepId: input.stepId ?? null,
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
  };
}

/** Adds a lot of points once per idempotency key; an outstanding overdraft is paid from it first. */
export async function grantPoints(db: LoyaltyDb, input: GrantPointsInput): Promise<PointsResult> {
  const points = positive(input.points);
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, ledgerLock(input.customerId));
    const existing = await findEntry(trx, input.idempotencyKey);
    if (existing) return applied(trx, existing.id, true, input.customerId, now);
    const expiresAt = await expiryFor(trx, input, now);
    const inserted = await trx
      .insertInto('pointsLedger')
      .values({ ...row(input, points, now), expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const totals = await ledgerTotals(trx, input.customerId, now);
    const debt = debtOf(totals);
    // Paying the overdraft from the new lot moves no balance: it only marks lots spent.
    if (debt > 0) await consumeLots(trx, input.customerId, Math.min(debt, points), now);
    return { status: 'applied', entryId: inserted.id, duplicate: false, balance: balanceOf(totals) };
  });
}

/** Spends points FIFO once per idempotency key; never below zero unless `allowNegative`. */
export async function deductPoints(db: LoyaltyDb, input: DeductPointsInput): Promise<DeductPointsResult> {
  const points = positive(input.points);
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, ledgerLock(input.customerId));
    const existing = await findEntry(trx, input.idempotencyKey);
    if (existing) return applied(trx, existing.id, true, input.customerId, now);
    const balance = balanceOf(await ledgerTotals(trx, input.customerId, now));
    if (balance < points && input.allowNegative !== true) return { status: 'insufficient_points', balance };
    const inserted = await trx
      .insertInto('pointsLedger')
      .values(row(input, -points, now))
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
