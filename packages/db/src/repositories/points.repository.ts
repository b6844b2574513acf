import type { Insertable } from 'kysely';
import type { Db } from '../connect';
import type { PointsLedgerTable } from '../schema';

/** A ledger entry to append; `idempotencyKey` makes a retried grant append once. */
export type PointsGrant = Insertable<PointsLedgerTable>;

/** Appends to the ledger once per idempotency key. */
export async function appendPoints(db: Db, grant: PointsGrant): Promise<{ id: string; duplicate: boolean }> {
  const inserted = await db
    .insertInto('pointsLedger')
    .values(grant)
    .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, duplicate: false };
  const existing = await db
    .selectFrom('pointsLedger')
    .select('id')
    .where('idempotencyKey', '=', grant.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

export async function pointsBalance(db: Db, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('pointsLedger')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('delta'), eb.lit(0)).as('balance'))
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  return Number(row?.balance ?? 0);
}
