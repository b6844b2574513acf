import type { Lottery } from '@wayfarer/db';
import { inTransaction, type LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';
import { currentOdds } from './draw.rules';
import { lotteryInputSchema, type LotteryInput } from './lottery.schema';

/** Creates a lottery with its prizes (drawn in the order given). */
export async function createLottery(db: LoyaltyDb, workspaceId: string, input: LotteryInput): Promise<Lottery> {
  const parsed = lotteryInputSchema.parse(input);
  return inTransaction(db, async (trx) => {
    const lottery = await trx
      .insertInto('lotteries')
      .values({ workspaceId, name: parsed.name, loseWeight: parsed.loseWeight, whenExhausted: parsed.whenExhausted })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('lotteryPrizes')
      .values(
        parsed.prizes.map((prize, position) => ({
          lotteryId: lottery.id,
          key: prize.key,
          name: prize.name,
          position,
          weight: prize.weight,
          stock: prize.stock,
          reward: JSON.stringify(prize.reward),
        })),
      )
      .execute();
    return lottery;
  });
}

export interface PrizeOdds {
  id: string;
  key: string;
  name: string;
  weight: number;
  stock: number | null;
  awarded: number;
  /** Null = unlimited. */
  remaining: number | null;
  /** The chance a draw now wins it. */
  probability: number;
}

export interface LotteryOdds {
  lotteryId: string;
  name: string;
  whenExhausted: 'lose' | 'redistribute';
  loseProbability: number;
  prizes: PrizeOdds[];
}

/** Odds and remaining stock as a draw now would see them, for the marketer. */
export async function lotteryOdds(db: LoyaltyDb, lotteryId: string): Promise<LotteryOdds> {
  const lottery = await db.selectFrom('lotteries').selectAll().where('id', '=', lotteryId).executeTakeFirst();
  if (!lottery) throw new LoyaltyError('not_found', `Lottery ${lotteryId} does not exist.`);
  const prizes = await db
    .selectFrom('lotteryPrizes')
    .select((eb) => [
      'id',
      'key',
      'name',
      'weight',
      'stock',
      'awarded',
      eb
        .selectFrom('lotteryDraws')
        .select((inner) => inner.fn.countAll<number>().as('won'))
        .whereRef('lotteryDraws.prizeId', '=', 'lotteryPrizes.id')
        .as('won'),
    ])
    .where('lotteryId', '=', lotteryId)
    .orderBy('position')
    .execute();
  const chances = prizes.map((prize) => ({ id: prize.id, weight: prize.weight, available: hasStock(prize) }));
  const odds = currentOdds(chances, lottery.loseWeight, lottery.whenExhausted);
  return {
    lotteryId,
    name: lottery.name,
    whenExhausted: lottery.whenExhausted,
    loseProbability: odds.lose,
    prizes: prizes.map(({ won, ...prize }) => ({
      ...prize,
      // Unlimited prizes keep no counter: count their wins.
      awarded: prize.stock === null ? Number(won ?? 0) : prize.awarded,
      remaining: prize.stock === null ? null : prize.stock - prize.awarded,
      probability: odds.prizes.get(prize.id) ?? 0,
    })),
  };
}

/** Whether a prize can still be won. */
export function hasStock(prize: { stock: number | null; awarded: number }): boolean {
  return prize.stock === null || prize.awarded < prize.stock;
}
