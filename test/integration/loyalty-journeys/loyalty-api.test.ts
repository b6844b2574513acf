import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCoupon } from '@wayfarer/loyalty';
import { createTestWorkspace, startTestServer, trpcClient, trpcError, type TestServer } from '../server/support';
import { addCustomer } from './support';

// The loyalty admin API: pools with live stock, badges, tiers, lotteries with odds, per workspace.
describe('loyalty tRPC API', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer('loyalty_api');
  });
  afterAll(async () => test?.close());

  it('creates coupon pools, takes codes and shows live stock', async () => {
    const workspace = await createTestWorkspace(test);
    const api = trpcClient(test, workspace.fullKey);
    const list = await api.loyalty.couponPools.create.mutate({
      name: 'VIP codes',
      source: 'list',
      codes: ['A1', 'A2'],
    });
    expect(list.stock).toEqual({ issued: 0, redeemed: 0, remaining: 2 });
    const pattern = await api.loyalty.couponPools.create.mutate({
      name: 'Spring',
      source: 'pattern',
      codePattern: 'SPRING-{6}',
      inventory: 100,
    });
    expect(await api.loyalty.couponPools.addCodes.mutate({ poolId: list.id, codes: ['A2', 'A3'] })).toMatchObject({
      added: 1,
      skipped: 1,
      stock: { remaining: 3 },
    });
    // A code given out elsewhere shows in the live stock at once.
    const customerId = await addCustomer(test.database.db, workspace.workspaceId);
    await issueCoupon(test.database.db, {
      workspaceId: workspace.workspaceId,
      poolId: pattern.id,
      customerId,
      idempotencyKey: 'k1',
    });
    const pools = await api.loyalty.couponPools.list.query();
    expect(pools.map((pool) => [pool.name, pool.stock.issued, pool.stock.remaining])).toEqual(
      expect.arrayContaining([
        ['VIP codes', 0, 3],
        ['Spring', 1, 99],
      ]),
    );
    expect(typeof pools[0]?.createdAt).toBe('string');
    // Codes only go to a list pool.
    expect(
      (await trpcError(api.loyalty.couponPools.addCodes.mutate({ poolId: pattern.id, codes: ['X'] }))).data?.code,
    ).toBe('BAD_REQUEST');
  });

  it('creates badges and tiers; a taken key is a conflict', async () => {
    const api = trpcClient(test, (await createTestWorkspace(test)).fullKey);
    await api.loyalty.badges.create.mutate({ key: 'early-bird', name: 'Early bird' });
    expect((await trpcError(api.loyalty.badges.create.mutate({ key: 'early-bird', name: 'Again' }))).data?.code).toBe(
      'CONFLICT',
    );
    expect((await api.loyalty.badges.list.query()).map((badge) => badge.key)).toEqual(['early-bird']);
    await api.loyalty.tiers.create.mutate({
      key: 'silver',
      name: 'Silver',
      rank: 1,
      metric: 'points',
      threshold: 1000,
    });
    await api.loyalty.tiers.create.mutate({ key: 'gold', name: 'Gold', rank: 2, metric: 'points', threshold: 5000 });
    expect((await api.loyalty.tiers.list.query()).map((tier) => [tier.key, tier.windowMonths])).toEqual([
      ['gold', 12],
      ['silver', 12],
    ]);
  });

  it('creates lotteries and lists their odds and remaining stock; other workspaces’ pools are out of reach', async () => {
    const mine = trpcClient(test, (await createTestWorkspace(test)).fullKey);
    const theirs = trpcClient(test, (await createTestWorkspace(test, 'Other')).fullKey);
    const pool = await mine.loyalty.couponPools.create.mutate({ name: 'Prize codes', source: 'list', codes: ['P1'] });
    const lottery = await mine.loyalty.lotteries.create.mutate({
      name: 'Summer draw',
      loseWeight: 2,
      prizes: [
        { key: 'grand', name: 'Grand', weight: 1, stock: 1, reward: { kind: 'points', points: 1000 } },
        { key: 'coupon', name: 'Coupon', weight: 1, stock: null, reward: { kind: 'coupon', poolId: pool.id } },
      ],
    });
    expect(lottery.loseProbability).toBeCloseTo(0.5);
    expect(lottery.prizes.map((prize) => [prize.key, prize.remaining, prize.probability])).toEqual([
      ['grand', 1, 0.25],
      ['coupon', null, 0.25],
    ]);
    expect((await mine.loyalty.lotteries.list.query()).map((item) => item.name)).toEqual(['Summer draw']);
    expect(await theirs.loyalty.lotteries.list.query()).toEqual([]);
    const stolen = theirs.loyalty.lotteries.create.mutate({
      name: 'Borrowed',
      loseWeight: 1,
      prizes: [{ key: 'c', name: 'C', weight: 1, stock: 1, reward: { kind: 'coupon', poolId: pool.id } }],
    });
    expect((await trpcError(stolen)).data?.code).toBe('NOT_FOUND');
    expect(
      (await trpcError(theirs.loyalty.couponPools.addCodes.mutate({ poolId: pool.id, codes: ['Z'] }))).data?.code,
    ).toBe('NOT_FOUND');
  });
});
