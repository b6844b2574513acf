import { z } from 'zod';
import type { CouponPool } from '@wayfarer/db';
import { inTransaction, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { isValidCodePattern } from './coupons.rules';

const common = {
  name: z.string().trim().min(1).max(200),
  perCustomerLimit: z.number().int().min(1).max(1000).default(1),
  validFrom: z.coerce.date().nullable().default(null),
  validUntil: z.coerce.date().nullable().default(null),
  validityDays: z.number().int().min(1).max(3650).nullable().default(null),
};
const code = z.string().trim().min(1).max(100);

/** A pool generating codes from a pattern (`SPRING-{6}`), or handing out an uploaded list. */
export const couponPoolInputSchema = z.discriminatedUnion('source', [
  z.object({
    ...common,
    source: z.literal('pattern'),
    codePattern: z.string().refine(isValidCodePattern, 'needs a {n} token of 4 to 32 random characters'),
    /** How many codes may be issued; null = unlimited. */
    inventory: z.number().int().min(0).nullable(),
  }),
  z.object({ ...common, source: z.literal('list'), codes: z.array(code).max(100_000).default([]) }),
]);
export type CouponPoolInput = z.input<typeof couponPoolInputSchema>;

/** Creates a pool (and, for a list pool, its codes). */
export async function createCouponPool(
  db: LoyaltyDb,
  workspaceId: string,
  input: CouponPoolInput,
): Promise<CouponPool> {
  const parsed = couponPoolInputSchema.parse(input);
  const { validFrom, validUntil, validityDays, perCustomerLimit, name } = parsed;
  return inTransaction(db, async (trx) => {
    const pool = await trx
      .insertInto('couponPools')
      .values({
        workspaceId,
        name,
        perCustomerLimit,
        validFrom,
        validUntil,
        validityDays,
        source: parsed.source,
        codePattern: parsed.source === 'pattern' ? parsed.codePattern : null,
        inventory: parsed.source === 'pattern' ? parsed.inventory : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (parsed.source === 'list') await addCouponCodes(trx, pool.id, parsed.codes);
    return pool;
  });
}

/** Uploads codes to a list pool; codes already in the workspace are skipped and counted. */
export async function addCouponCodes(
  db: LoyaltyDb,
  poolId: string,
  codes: readonly string[],
): Promise<{ added: number; skipped: number }> {
  const pool = await db
    .selectFrom('couponPools')
    .select(['workspaceId', 'source'])
    .where('id', '=', poolId)
    .executeTakeFirst();
  if (!pool) throw new LoyaltyError('not_found', `Coupon pool ${poolId} does not exist.`);
  if (pool.source !== 'list') throw new LoyaltyError('invalid_input', `Coupon pool ${poolId} generates its codes.`);
  const unique = [...new Set(codes.map((value) => value.trim()).filter((value) => value !== ''))];
  let added = 0;
  for (let start = 0; start < unique.length; start += 1000) {
    const rows = unique
      .slice(start, start + 1000)
      .map((value) => ({ workspaceId: pool.workspaceId, poolId, code: value }));
    const inserted = await db
      .insertInto('coupons')
      .values(rows)
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .execute();
    added += inserted.length;
  }
  return { added, skipped: codes.length - added };
}

export interface CouponPoolStock {
  issued: number;
  redeemed: number;
  /** Codes that can still be issued; null = unlimited. */
  remaining: number | null;
}

/** Live stock of a pool, for the marketer's admin view. */
export async function couponPoolStock(db: LoyaltyDb, poolId: string): Promise<CouponPoolStock> {
  const pool = await db.selectFrom('couponPools').selectAll().where('id', '=', poolId).executeTakeFirst();
  if (!pool) throw new LoyaltyError('not_found', `Coupon pool ${poolId} does not exist.`);
  const counts = await db
    .selectFrom('coupons')
    .select((eb) => [
      eb.fn.count<number>('issuedAt').as('issued'),
      eb.fn.count<number>('redeemedAt').as('redeemed'),
      eb.fn.countAll<number>().as('total'),
    ])
    .where('poolId', '=', poolId)
    .executeTakeFirstOrThrow();
  const issued = Number(counts.issued);
  const remaining =
    pool.source === 'list'
      ? Number(counts.total) - issued
      : pool.inventory === null
        ? null
        : pool.inventory - pool.issued;
  return { issued, redeemed: Number(counts.redeemed), remaining };
}
