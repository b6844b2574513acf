// Granting points: the one way points are added to the ledger, for one journey step or for a
// whole import batch. Each grant lands once per idempotency key; a customer's writes are
// serialised by their ledger lock; an outstanding overdraft is paid from the new lot first.
import { sql } from 'kysely';
import { arrayLiteral } from '@wayfarer/db';
import { inTransaction, lockKeys, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { getLoyaltySettings } from '../settings';
import { consumeLots, findEntries, ledgerLock, ledgerTotalsOf } from './ledger.queries';
import { addMonths, balanceOf, debtOf, type LedgerTotals } from './points.rules';

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

export type PointsResult = { status: 'applied'; entryId: string; duplicate: boolean; balance: number };

export function positivePoints(points: number): number {
  if (!Number.isInteger(points) || points <= 0) {
    throw new LoyaltyError('invalid_input', `points must be a positive integer, got ${points}`);
  }
  return points;
}

/** A ledger row for the write (`delta` signed). */
export function ledgerRow(input: PointsWrite, delta: number, now: Date) {
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

/** Expiry of each grant: its own months, else its workspace's setting (read once per workspace). */
async function expiries(db: LoyaltyDb, inputs: readonly GrantPointsInput[], now: (input: GrantPointsInput) => Date) {
  const months = new Map<string, number | null>();
  for (const input of inputs) {
    if (input.expiresInMonths !== undefined || months.has(input.workspaceId)) continue;
    months.set(input.workspaceId, (await getLoyaltySettings(db, input.workspaceId)).pointsExpiryMonths);
  }
  return inputs.map((input) => {
    const term = input.expiresInMonths === undefined ? (months.get(input.workspaceId) ?? null) : input.expiresInMonths;
    return term === null ? null : addMonths(now(input), term);
  });
}

/**
 * One statement for every lot (an import batch grants hundreds): a key already in the ledger is
 * skipped. Returns key → row id of the rows written.
 */
async function insertLots(
  trx: LoyaltyDb,
  inputs: readonly GrantPointsInput[],
  expiresAt: readonly (Date | null)[],
  nowOf: (input: GrantPointsInput) => Date,
): Promise<Map<string, string>> {
  if (inputs.length === 0) return new Map();
  const rows = inputs.map((input) => ledgerRow(input, input.points, nowOf(input)));
  const column = (pick: (row: (typeof rows)[number]) => string | null) => arrayLiteral(rows.map(pick));
  const written = await sql<{ id: string; idempotencyKey: string }>`
    insert into points_ledger (workspace_id, customer_id, delta, reason, journey_id, enrollment_id, step_id, idempotency_key, created_at, expires_at)
    select * from unnest(
      ${column((row) => row.workspaceId)}::uuid[], ${column((row) => row.customerId)}::uuid[],
      ${column((row) => String(row.delta))}::int[], ${column((row) => row.reason)}::text[],
      ${column((row) => row.journeyId)}::uuid[], ${column((row) => row.enrollmentId)}::uuid[],
      ${column((row) => row.stepId)}::text[], ${column((row) => row.idempotencyKey)}::text[],
      ${column((row) => row.createdAt.toISOString())}::timestamptz[],
      ${arrayLiteral(expiresAt.map((at) => at?.toISOString() ?? null))}::timestamptz[])
    on conflict (idempotency_key) do nothing
    returning id, idempotency_key as "idempotencyKey"`.execute(trx);
  return new Map(written.rows.map((row) => [row.idempotencyKey, row.id]));
}

export interface GrantManyOptions {
  /**
   * Customers created in the caller's transaction (an import batch's new members): no other
   * transaction can see them yet and they owe nothing, so their grants take no ledger lock and read
   * no totals.
   */
  newCustomers?: ReadonlySet<string>;
}

/**
 * Adds a lot of points per input, once per idempotency key (a key seen before, or twice in
 * `inputs`, returns the first row as a duplicate), in one transaction; results in input order,
 * each with its customer's balance after the whole call.
 */
export async function grantPointsMany(
  db: LoyaltyDb,
  inputs: readonly GrantPointsInput[],
  options: GrantManyOptions = {},
): Promise<PointsResult[]> {
  for (const input of inputs) positivePoints(input.points);
  if (inputs.length === 0) return [];
  const clock = new Date();
  const nowOf = (input: GrantPointsInput) => input.now ?? clock;
  const isNew = (customerId: string) => options.newCustomers?.has(customerId) === true;
  return inTransaction(db, async (trx) => {
    await lockKeys(
      trx,
      inputs.filter((input) => !isNew(input.customerId)).map((input) => ledgerLock(input.customerId)),
    );
    const firstOfKey = new Map<string, GrantPointsInput>();
    for (const input of inputs) if (!firstOfKey.has(input.idempotencyKey)) firstOfKey.set(input.idempotencyKey, input);
    const candidates = [...firstOfKey.values()];
    const written = await insertLots(trx, candidates, await expiries(trx, candidates, nowOf), nowOf);
    // Keys written before (a retried step, a re-imported file) answer with their first row.
    const seenBefore = candidates.filter((input) => !written.has(input.idempotencyKey));
    const existing =
      seenBefore.length === 0
        ? new Map<string, string>()
        : await findEntries(
            trx,
            seenBefore.map((input) => input.idempotencyKey),
          );
    const fresh = candidates.filter((input) => written.has(input.idempotencyKey));
    const latest = new Map<string, Date>();
    for (const input of inputs)
      latest.set(
        input.customerId,
        new Date(Math.max(latest.get(input.customerId)?.getTime() ?? 0, nowOf(input).getTime())),
      );
    const balances = await payDebts(
      trx,
      fresh.filter((input) => !isNew(input.customerId)),
      new Map([...latest].filter(([customerId]) => !isNew(customerId))),
    );
    // A customer created in this transaction has no other ledger rows: its balance is what it was granted.
    for (const input of fresh)
      if (isNew(input.customerId)) balances.set(input.customerId, (balances.get(input.customerId) ?? 0) + input.points);
    return inputs.map((input) => {
      const entryId = existing.get(input.idempotencyKey) ?? written.get(input.idempotencyKey);
      if (entryId === undefined) throw new Error(`No ledger row for ${input.idempotencyKey}.`);
      const duplicate = !(written.has(input.idempotencyKey) && firstOfKey.get(input.idempotencyKey) === input);
      return { status: 'applied', entryId, duplicate, balance: balances.get(input.customerId) ?? 0 };
    });
  });
}

/** Pays each customer's overdraft from what this call granted them; returns every balance. */
async function payDebts(
  trx: LoyaltyDb,
  fresh: readonly GrantPointsInput[],
  latest: Map<string, Date>,
): Promise<Map<string, number>> {
  const balances = new Map<string, number>();
  const byTime = new Map<number, string[]>();
  for (const [customerId, at] of latest) byTime.set(at.getTime(), [...(byTime.get(at.getTime()) ?? []), customerId]);
  const totals = new Map<string, LedgerTotals>();
  for (const [at, customerIds] of byTime) {
    for (const [customerId, sums] of await ledgerTotalsOf(trx, customerIds, new Date(at))) totals.set(customerId, sums);
  }
  const grantedTo = new Map<string, number>();
  for (const input of fresh) grantedTo.set(input.customerId, (grantedTo.get(input.customerId) ?? 0) + input.points);
  for (const [customerId, at] of latest) {
    const sums = totals.get(customerId) ?? { total: 0, unspent: 0, expiredUnswept: 0 };
    const granted = grantedTo.get(customerId) ?? 0;
    const debt = debtOf(sums);
    // Paying the overdraft from the new lots moves no balance: it only marks lots spent.
    if (debt > 0 && granted > 0) await consumeLots(trx, customerId, Math.min(debt, granted), at);
    balances.set(customerId, balanceOf(sums));
  }
  return balances;
}
