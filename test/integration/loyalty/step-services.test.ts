import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@wayfarer/db';
import {
  createCouponPool,
  createLottery,
  createTier,
  grantPoints,
  loyaltyForStep,
  pointsLeaderboard,
  type LoyaltyStepScope,
} from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

describe('loyalty inside a journey step’s transaction', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_step');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 4));
  });
  afterAll(async () => database.drop());

  /** Runs the reward calls of one step visit the way the worker runs a step: one transaction, locked on its key. */
  async function runStep(db: Db, scope: LoyaltyStepScope, ids: { poolId: string; lotteryId: string }, fail: boolean) {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${scope.idempotencyKey}, 0))`.execute(trx);
      const loyalty = loyaltyForStep(trx, scope);
      const points = await loyalty.grantPoints(1_500, 'welcome');
      const coupon = await loyalty.issueCoupon(ids.poolId);
      const draw = await loyalty.drawLottery(ids.lotteryId);
      const tier = await loyalty.evaluateTier();
      const streak = await loyalty.checkIn();
      if (fail) throw new Error('the step failed before its receipt');
      return { points, coupon, draw, tier, streak };
    });
  }

  it('keeps nothing when the step rolls back, and gives the same results to a retry after commit', async () => {
    await createTier(database.db, workspaceId, {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      metric: 'points',
      threshold: 1_000,
    });
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Welcome',
      source: 'pattern',
      codePattern: 'HI-{6}',
      inventory: 5,
    });
    const lottery = await createLottery(database.db, workspaceId, {
      name: 'Welcome draw',
      loseWeight: 1,
      prizes: [{ key: 'bonus', name: 'Bonus', weight: 3, stock: 10, reward: { kind: 'points', points: 100 } }],
    });
    const ids = { poolId: pool.id, lotteryId: lottery.id };
    const customerId = customers[0]!;
    const scope: LoyaltyStepScope = {
      workspaceId,
      customerId,
      idempotencyKey: 'journey:j1:customer:c1:step-reward:1',
      journeyId: '00000000-0000-0000-0000-000000000001',
      enrollmentId: '00000000-0000-0000-0000-000000000002',
      stepId: 'step-reward',
      now: new Date('2026-04-01T03:00:00Z'),
      timezone: 'Asia/Taipei',
    };

    await expect(runStep(database.db, scope, ids, true)).rejects.toThrow('before its receipt');
    const ledger = () =>
      database.db.selectFrom('pointsLedger').select('delta').where('customerId', '=', customerId).execute();
    expect(await ledger()).toEqual([]);
    expect(await database.db.selectFrom('lotteryDraws').select('id').execute()).toEqual([]);
    expect(
      await database.db.selectFrom('couponPools').select('issued').where('id', '=', pool.id).executeTakeFirst(),
    ).toEqual({
      issued: 0,
    });

    const first = await runStep(database.db, scope, ids, false);
    expect(first.points).toMatchObject({ status: 'applied', duplicate: false, balance: 1_500 });
    expect(first.coupon).toMatchObject({ status: 'issued', duplicate: false });
    expect(first.tier.change).toMatchObject({ to: 'silver', direction: 'upgrade' });
    expect(first.streak).toMatchObject({ localDate: '2026-04-01', counted: true });

    const retry = await runStep(database.db, scope, ids, false);
    expect(retry.points).toMatchObject({ entryId: first.points.entryId, duplicate: true });
    expect(retry.coupon).toEqual({ ...first.coupon, duplicate: true });
    expect(retry.draw).toEqual({ ...first.draw, duplicate: true });
    expect(retry.tier.change).toBeNull();
    expect(retry.streak.counted).toBe(false);
    const deltas = (await ledger()).map((row) => row.delta).sort((a, b) => a - b);
    expect(deltas).toEqual(first.draw.outcome === 'win' ? [100, 1_500] : [1_500]);
  });

  it('ranks customers by points earned in a period', async () => {
    const grant = (customerId: string, key: string, points: number, now: string) =>
      grantPoints(database.db, {
        workspaceId,
        customerId,
        points,
        reason: 'race',
        idempotencyKey: key,
        now: new Date(now),
      });
    const [, a, b, c] = customers as [string, string, string, string];
    await grant(a, 'lb-a1', 300, '2026-05-02T00:00:00Z');
    await grant(b, 'lb-b1', 200, '2026-05-03T00:00:00Z');
    await grant(b, 'lb-b2', 100, '2026-05-20T00:00:00Z');
    await grant(c, 'lb-c1', 250, '2026-05-04T00:00:00Z');
    await grant(c, 'lb-c2', 900, '2026-06-01T00:00:00Z');
    const board = await pointsLeaderboard(database.db, {
      workspaceId,
      from: new Date('2026-05-01T00:00:00Z'),
      to: new Date('2026-06-01T00:00:00Z'),
      limit: 3,
    });
    expect(board.map(({ rank, externalId, points }) => [rank, externalId, points])).toEqual([
      [1, 'c-1', 300],
      [1, 'c-2', 300],
      [3, 'c-3', 250],
    ]);
  });
});
