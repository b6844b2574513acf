import type { Db } from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBadge,
  createCouponPool,
  createLottery,
  drawLottery,
  lotteryOdds,
  pointsBalanceAt,
  type DrawLotteryResult,
} from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { inParallel, seedCustomers } from './loyalty-fixtures';

/** χ² critical value for 3 degrees of freedom at p = 0.001. */
const chiSquare3dfAt0001 = 16.266;

function wins(results: readonly DrawLotteryResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) {
    const key = result.outcome === 'win' ? result.prize.key : 'lose';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('lotteries on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_lottery');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 100));
  });
  afterAll(async () => database.drop());

  it('follows the weights over 10,000 draws (χ² with a fixed key set)', async () => {
    const badge = await createBadge(database.db, workspaceId, { key: 'lucky', name: 'Lucky' });
    const lottery = await createLottery(database.db, workspaceId, {
      name: 'Weights',
      loseWeight: 10,
      prizes: [
        { key: 'grand', name: '1,000 points', weight: 1, stock: null, reward: { kind: 'points', points: 1_000 } },
        { key: 'small', name: '10 points', weight: 3, stock: null, reward: { kind: 'points', points: 10 } },
        { key: 'badge', name: 'Lucky badge', weight: 6, stock: null, reward: { kind: 'badge', badgeId: badge.id } },
      ],
    });
    const keys = Array.from({ length: 10_000 }, (_, i) => `weights-draw-${i}`);
    const results = await inParallel(keys, 10, (idempotencyKey, i) =>
      drawLottery(database.db, { workspaceId, lotteryId: lottery.id, customerId: customers[i % 100]!, idempotencyKey }),
    );
    const counts = wins(results);
    const expected = { grand: 500, small: 1_500, badge: 3_000, lose: 5_000 };
    let chi = 0;
    for (const [key, want] of Object.entries(expected)) {
      const got = counts.get(key) ?? 0;
      chi += (got - want) ** 2 / want;
      // Also each prize on its own: within 4 standard deviations of its binomial mean.
      const p = want / 10_000;
      expect(Math.abs(got - want)).toBeLessThan(4 * Math.sqrt(10_000 * p * (1 - p)));
    }
    expect(chi).toBeLessThan(chiSquare3dfAt0001);
    const draws = await database.db
      .selectFrom('lotteryDraws')
      .select('id')
      .where('lotteryId', '=', lottery.id)
      .execute();
    expect(draws).toHaveLength(10_000);
  });

  it('never awards a prize beyond its stock, and shows odds and remaining stock', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Lottery coupons',
      source: 'pattern',
      codePattern: 'WIN-{8}',
      inventory: null,
    });
    const lottery = await createLottery(database.db, workspaceId, {
      name: 'Limited',
      loseWeight: 2,
      prizes: [
        { key: 'bag', name: 'Tote bag coupon', weight: 1, stock: 25, reward: { kind: 'coupon', poolId: pool.id } },
        { key: 'points', name: '50 points', weight: 1, stock: 5, reward: { kind: 'points', points: 50 } },
      ],
    });
    const before = await lotteryOdds(database.db, lottery.id);
    expect(before.prizes.map((prize) => [prize.key, prize.probability, prize.remaining])).toEqual([
      ['bag', 0.25, 25],
      ['points', 0.25, 5],
    ]);
    const keys = Array.from({ length: 400 }, (_, i) => `limited-draw-${i}`);
    const results = await inParallel(keys, 10, (idempotencyKey, i) =>
      drawLottery(database.db, { workspaceId, lotteryId: lottery.id, customerId: customers[i % 100]!, idempotencyKey }),
    );
    const counts = wins(results);
    expect(counts.get('bag')).toBe(25);
    expect(counts.get('points')).toBe(5);
    const coupons = await database.db.selectFrom('coupons').select('code').where('poolId', '=', pool.id).execute();
    expect(coupons).toHaveLength(25);
    const after = await lotteryOdds(database.db, lottery.id);
    expect(after.prizes.map((prize) => [prize.key, prize.awarded, prize.remaining, prize.probability])).toEqual([
      ['bag', 25, 0, 0],
      ['points', 5, 0, 0],
    ]);
    expect(after.loseProbability).toBe(1);
  });

  it('lets an exhausted prize’s share go to the prizes in stock when set to redistribute', async () => {
    const lottery = await createLottery(database.db, workspaceId, {
      name: 'Redistribute',
      loseWeight: 0,
      whenExhausted: 'redistribute',
      prizes: [
        { key: 'rare', name: 'Rare', weight: 9, stock: 3, reward: { kind: 'points', points: 1 } },
        { key: 'common', name: 'Common', weight: 1, stock: null, reward: { kind: 'points', points: 1 } },
      ],
    });
    const keys = Array.from({ length: 60 }, (_, i) => `redistribute-${i}`);
    const results = await inParallel(keys, 8, (idempotencyKey, i) =>
      drawLottery(database.db, { workspaceId, lotteryId: lottery.id, customerId: customers[i % 100]!, idempotencyKey }),
    );
    expect(wins(results)).toEqual(new Map([...wins(results)].filter(([key]) => key !== 'lose')));
    expect(wins(results).get('rare')).toBe(3);
    expect(wins(results).get('common')).toBe(57);
  });

  it('returns the same prize to a retried draw, also after the first attempt rolled back', async () => {
    const lottery = await createLottery(database.db, workspaceId, {
      name: 'Retry',
      loseWeight: 1,
      prizes: [
        { key: 'a', name: 'A', weight: 1, stock: null, reward: { kind: 'points', points: 7 } },
        { key: 'b', name: 'B', weight: 1, stock: null, reward: { kind: 'points', points: 11 } },
      ],
    });
    const customerId = customers[0]!;
    const draw = (db: Db, idempotencyKey: string) =>
      drawLottery(db, { workspaceId, lotteryId: lottery.id, customerId, idempotencyKey });

    const first = await draw(database.db, 'retry-key');
    const again = await draw(database.db, 'retry-key');
    expect(again).toEqual({ ...first, duplicate: true });

    // A step whose transaction fails after drawing: nothing is kept, and the retry lands on the same prize.
    const balance = await pointsBalanceAt(database.db, customerId);
    let inside: DrawLotteryResult | undefined;
    await expect(
      database.db.transaction().execute(async (trx) => {
        inside = await draw(trx, 'rolled-back-key');
        throw new Error('step failed after the draw');
      }),
    ).rejects.toThrow('step failed');
    expect(await pointsBalanceAt(database.db, customerId)).toBe(balance);
    const retried = await draw(database.db, 'rolled-back-key');
    expect(retried).toMatchObject({ outcome: inside?.outcome, duplicate: false });
    if (inside?.outcome === 'win' && retried.outcome === 'win') expect(retried.prize.key).toBe(inside.prize.key);
  });
});
