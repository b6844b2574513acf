import { randomInt } from 'node:crypto';
import type { CouponPool } from '@wayfarer/db';
import { inTransaction, lockKey, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { couponExpiry, poolIsOpen, renderCodePattern } from './coupons.rules';

export interface IssueCouponInput {
  workspaceId: string;
  poolId: string;
  customerId: string;
  /** The same key always returns the same coupon. */
  idempotencyKey: string;
  now?: Date;
}

export interface IssuedCoupon {
  id: string;
  poolId: string;
  code: string;
  issuedAt: Date;
  expiresAt: Date | null;
}

/** `out_of_stock` is a result, not an error: the journey node follows its `out_of_stock` port. */
export type IssueCouponResult =
  | { status: 'issued'; coupon: IssuedCoupon; duplicate: boolean }
  | { status: 'out_of_stock' }
  | { status: 'limit_reached' }
  | { status: 'inactive' };

const issuedColumns = ['id', 'poolId', 'code', 'issuedAt', 'expiresAt'] as const;

function asIssued(row: { id: string; poolId: string; code: string; issuedAt: Date | null; expiresAt: Date | null }) {
  if (row.issuedAt === null) throw new Error(`Coupon ${row.id} was claimed without an issue time.`);
  return { ...row, issuedAt: row.issuedAt };
}

/**
 * Gives the customer one coupon from the pool, atomically: a pattern pool takes a unit of inventory
 * with a conditional UPDATE; a list pool claims an unissued code with FOR UPDATE SKIP LOCKED. A code
 * locked by a concurrent transaction that later rolls back may make this one report out_of_stock.
 */
export async function issueCoupon(db: LoyaltyDb, input: IssueCouponInput): Promise<IssueCouponResult> {
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, `loyalty:coupon:${input.poolId}:${input.customerId}`);
    const existing = await trx
      .selectFrom('coupons')
      .select(issuedColumns)
      .where('idempotencyKey', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (existing) return { status: 'issued', coupon: asIssued(existing), duplicate: true };
    const pool = await trx
      .selectFrom('couponPools')
      .selectAll()
      .where('id', '=', input.poolId)
      .where('workspaceId', '=', input.workspaceId)
      .executeTakeFirst();
    if (!pool) throw new LoyaltyError('not_found', `Coupon pool ${input.poolId} does not exist.`);
    if (!poolIsOpen(pool, now)) return { status: 'inactive' };
    const held = await trx
      .selectFrom('coupons')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('poolId', '=', pool.id)
      .where('customerId', '=', input.customerId)
      .executeTakeFirstOrThrow();
    if (Number(held.count) >= pool.perCustomerLimit) return { status: 'limit_reached' };
    const coupon =
      pool.source === 'list' ? await claimListed(trx, pool, input, now) : await generate(trx, pool, input, now);
    return coupon ? { status: 'issued', coupon, duplicate: false } : { status: 'out_of_stock' };
  });
}

async function claimListed(trx: LoyaltyDb, pool: CouponPool, input: IssueCouponInput, now: Date) {
  const claimed = await trx
    .updateTable('coupons')
    .set({
      customerId: input.customerId,
      idempotencyKey: input.idempotencyKey,
      issuedAt: now,
      expiresAt: couponExpiry(pool, now),
    })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('coupons')
        .select('id')
        .where('poolId', '=', pool.id)
        .where('issuedAt', 'is', null)
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning(issuedColumns)
    .executeTakeFirst();
  return claimed ? asIssued(claimed) : undefined;
}

async function generate(trx: LoyaltyDb, pool: CouponPool, input: IssueCouponInput, now: Date) {
  const taken = await trx
    .updateTable('couponPools')
    .set((eb) => ({ issued: eb('issued', '+', 1) }))
    .where('id', '=', pool.id)
    .where((eb) => eb.or([eb('inventory', 'is', null), eb('issued', '<', eb.ref('inventory'))]))
    .returning('issued')
    .executeTakeFirst();
  if (!taken) return undefined;
  const pattern = pool.codePattern ?? '{10}';
  // A generated code may collide with one already in the workspace: draw again (ON CONFLICT keeps the
  // transaction usable, where a unique violation would abort it).
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const inserted = await trx
      .insertInto('coupons')
      .values({
        workspaceId: pool.workspaceId,
        poolId: pool.id,
        code: renderCodePattern(pattern, (size) => randomInt(size)),
        customerId: input.customerId,
        idempotencyKey: input.idempotencyKey,
        issuedAt: now,
        expiresAt: couponExpiry(pool, now),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning(issuedColumns)
      .executeTakeFirst();
    if (inserted) return asIssued(inserted);
  }
  throw new Error(`Could not generate a free code for pool ${pool.id} from "${pattern}"; widen its pattern.`);
}
