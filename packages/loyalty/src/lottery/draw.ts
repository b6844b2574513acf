import type { Lottery, LotteryPrize } from '@wayfarer/db';
import { awardBadge } from '../badges/badges';
import { issueCoupon } from '../coupons/issue';
import { inTransaction, lockKey, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { ledgerLock } from '../points/ledger.queries';
import { grantPoints } from '../points/points';
import { pickPrize, seedFromKey, type WhenExhausted } from './draw.rules';
import { hasStock } from './lotteries';
import { drawOutcomeSchema, prizeRewardSchema, type DrawOutcome, type RewardGiven } from './lottery.schema';

export interface DrawLotteryInput {
  workspaceId: string;
  lotteryId: string;
  customerId: string;
  /** Seeds the draw and keys its record: a retried draw returns the same outcome. */
  idempotencyKey: string;
  /** Extra metadata for the ledger (the journey step that drew). */
  journeyId?: string | null;
  enrollmentId?: string | null;
  stepId?: string | null;
  now?: Date;
}

export type DrawLotteryResult = DrawOutcome & { duplicate: boolean };

/**
 * Draws once per idempotency key. The number drawn comes from the key, so a draw retried after a
 * rollback lands on the same prize while stock allows; once recorded, a retry returns the record. A
 * prize is taken with a conditional UPDATE (`awarded < stock`), so no prize is ever won beyond stock.
 */
export async function drawLottery(db: LoyaltyDb, input: DrawLotteryInput): Promise<DrawLotteryResult> {
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, `loyalty:draw:${input.idempotencyKey}`);
    // The customer's ledger lock comes before any prize row lock, the order a step that grants
    // points and then draws takes them in, so two such steps of one customer cannot deadlock.
    await lockKey(trx, ledgerLock(input.customerId));
    const recorded = await trx
      .selectFrom('lotteryDraws')
      .select('outcome')
      .where('idempotencyKey', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (recorded) return { ...drawOutcomeSchema.parse(recorded.outcome), duplicate: true };
    const lottery = await trx
      .selectFrom('lotteries')
      .selectAll()
      .where('id', '=', input.lotteryId)
      .where('workspaceId', '=', input.workspaceId)
      .executeTakeFirst();
    if (!lottery) throw new LoyaltyError('not_found', `Lottery ${input.lotteryId} does not exist.`);
    const prizes = await trx
      .selectFrom('lotteryPrizes')
      .selectAll()
      .where('lotteryId', '=', lottery.id)
      .orderBy('position')
      .execute();
    const outcome = await decide(trx, input, lottery, prizes, now);
    await trx
      .insertInto('lotteryDraws')
      .values({
        workspaceId: input.workspaceId,
        lotteryId: lottery.id,
        customerId: input.customerId,
        idempotencyKey: input.idempotencyKey,
        prizeId: outcome.outcome === 'win' ? outcome.prize.id : null,
        outcome: JSON.stringify(outcome),
        drawnAt: now,
      })
      .execute();
    return { ...outcome, duplicate: false };
  });
}

async function decide(
  trx: LoyaltyDb,
  input: DrawLotteryInput,
  lottery: Lottery,
  prizes: LotteryPrize[],
  now: Date,
): Promise<DrawOutcome> {
  if (lottery.archivedAt !== null) return { outcome: 'lose', reason: 'closed' };
  const won = await takePrize(trx, input, prizes, lottery.loseWeight, lottery.whenExhausted);
  if (won === null) return { outcome: 'lose', reason: 'no_prize' };
  return giveReward(trx, input, lottery.name, won, now);
}

/** Picks with the key's number; a prize that ran out meanwhile is re-picked as exhausted. */
async function takePrize(
  trx: LoyaltyDb,
  input: DrawLotteryInput,
  prizes: LotteryPrize[],
  loseWeight: number,
  mode: WhenExhausted,
): Promise<LotteryPrize | null> {
  const u = seedFromKey(input.idempotencyKey);
  const exhausted = new Set(prizes.filter((prize) => !hasStock(prize)).map((prize) => prize.id));
  for (let attempt = 0; attempt <= prizes.length; attempt += 1) {
    const chances = prizes.map((prize) => ({
      id: prize.id,
      weight: prize.weight,
      available: !exhausted.has(prize.id),
    }));
    const pickedId = pickPrize(u, chances, loseWeight, mode);
    const picked = prizes.find((prize) => prize.id === pickedId);
    if (!picked) return null;
    // Only a limited prize needs its counter (the stock guard); an unlimited one skips that row lock.
    if (picked.stock === null) return picked;
    const taken = await trx
      .updateTable('lotteryPrizes')
      .set((eb) => ({ awarded: eb('awarded', '+', 1) }))
      .where('id', '=', picked.id)
      .where((eb) => eb.or([eb('stock', 'is', null), eb('awarded', '<', eb.ref('stock'))]))
      .returning('id')
      .executeTakeFirst();
    if (taken) return picked;
    exhausted.add(picked.id);
  }
  return null;
}

async function giveReward(
  trx: LoyaltyDb,
  input: DrawLotteryInput,
  lotteryName: string,
  prize: LotteryPrize,
  now: Date,
): Promise<DrawOutcome> {
  const reward = await rewardFor(trx, input, lotteryName, prize, now);
  if (reward === null) {
    // The prize was not given: put its unit of stock back.
    if (prize.stock !== null)
      await trx
        .updateTable('lotteryPrizes')
        .set((eb) => ({ awarded: eb('awarded', '-', 1) }))
        .where('id', '=', prize.id)
        .execute();
    return { outcome: 'lose', reason: 'reward_unavailable' };
  }
  return { outcome: 'win', prize: { id: prize.id, key: prize.key, name: prize.name }, reward };
}

async function rewardFor(
  trx: LoyaltyDb,
  input: DrawLotteryInput,
  lotteryName: string,
  prize: LotteryPrize,
  now: Date,
): Promise<RewardGiven | null> {
  const reward = prizeRewardSchema.parse(prize.reward);
  const common = { workspaceId: input.workspaceId, customerId: input.customerId, now };
  const idempotencyKey = `${input.idempotencyKey}:prize`;
  switch (reward.kind) {
    case 'points': {
      const granted = await grantPoints(trx, {
        ...common,
        idempotencyKey,
        points: reward.points,
        reason: `lottery ${lotteryName}: ${prize.name}`,
        journeyId: input.journeyId ?? null,
        enrollmentId: input.enrollmentId ?? null,
        stepId: input.stepId ?? null,
        ...(reward.expiresInMonths === undefined ? {} : { expiresInMonths: reward.expiresInMonths }),
      });
      return { kind: 'points', points: reward.points, entryId: granted.entryId };
    }
    case 'coupon': {
      const issued = await issueCoupon(trx, { ...common, idempotencyKey, poolId: reward.poolId });
      if (issued.status !== 'issued') return null;
      const { coupon } = issued;
      return {
        kind: 'coupon',
        couponId: coupon.id,
        code: coupon.code,
        expiresAt: coupon.expiresAt?.toISOString() ?? null,
      };
    }
    case 'badge': {
      const awarded = await awardBadge(trx, { ...common, idempotencyKey, badgeId: reward.badgeId });
      return { kind: 'badge', badgeKey: awarded.badgeKey, alreadyHeld: awarded.status === 'already_awarded' };
    }
    default:
      return assertNever(reward);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected prize reward ${JSON.stringify(value)}`);
}
