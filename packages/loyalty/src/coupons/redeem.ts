import { inTransaction, type LoyaltyDb } from '../db';
import { redemptionProblem, type RedemptionProblem } from './coupons.rules';

export interface RedeemCouponInput {
  workspaceId: string;
  code: string;
  /** When given, only this customer's coupon is accepted. */
  customerId?: string;
  now?: Date;
}

export type RedeemCouponResult =
  | { status: 'redeemed'; couponId: string; poolId: string; customerId: string; redeemedAt: Date }
  | { status: 'not_found' }
  | { status: RedemptionProblem };

/** Marks a coupon redeemed, once: a second redemption reports `already_redeemed`. */
export async function redeemCoupon(db: LoyaltyDb, input: RedeemCouponInput): Promise<RedeemCouponResult> {
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const coupon = await trx
      .selectFrom('coupons')
      .selectAll()
      .where('workspaceId', '=', input.workspaceId)
      .where('code', '=', input.code.trim())
      .forUpdate()
      .executeTakeFirst();
    if (!coupon) return { status: 'not_found' };
    const problem = redemptionProblem(coupon, input.customerId, now);
    if (problem !== null || coupon.customerId === null) return { status: problem ?? 'not_issued' };
    await trx.updateTable('coupons').set({ redeemedAt: now }).where('id', '=', coupon.id).execute();
    return {
      status: 'redeemed',
      couponId: coupon.id,
      poolId: coupon.poolId,
      customerId: coupon.customerId,
      redeemedAt: now,
    };
  });
}
