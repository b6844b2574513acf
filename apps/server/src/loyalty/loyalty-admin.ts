// Reads and checks behind the loyalty admin API (issue 6): lists of a workspace's coupon pools,
// badges, tiers and lotteries, and the ownership checks that keep one workspace from touching
// another's pools, badges or lotteries by id.
import { TRPCError } from '@trpc/server';
import { isUniqueViolation, type Db } from '@wayfarer/db';
import { couponPoolStock, LoyaltyError, lotteryOdds, type PrizeReward } from '@wayfarer/loyalty';

/** A row with its dates as ISO strings, as the client receives them over JSON. */
export type WithIsoDates<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export function withIsoDates<T extends object>(row: T): WithIsoDates<T> {
  const entries = Object.entries(row).map(([key, value]: [string, unknown]) => [
    key,
    value instanceof Date ? value.toISOString() : value,
  ]);
  return Object.fromEntries(entries) as WithIsoDates<T>;
}

type Owned = 'couponPools' | 'badges' | 'lotteries';
const ownedNames: Record<Owned, string> = { couponPools: 'Coupon pool', badges: 'Badge', lotteries: 'Lottery' };

/** Throws NOT_FOUND unless the row is the workspace's (ids of other workspaces look absent). */
export async function assertOwned(db: Db, table: Owned, workspaceId: string, id: string): Promise<void> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: `${ownedNames[table]} ${id} does not exist.` });
}

/** A prize may only give the workspace's own coupons and badges. */
export async function assertRewardsOwned(db: Db, workspaceId: string, rewards: readonly PrizeReward[]) {
  for (const reward of rewards) {
    if (reward.kind === 'coupon') await assertOwned(db, 'couponPools', workspaceId, reward.poolId);
    if (reward.kind === 'badge') await assertOwned(db, 'badges', workspaceId, reward.badgeId);
  }
}

/** Runs a loyalty call, turning its typed errors (and a taken key) into API errors. */
export async function loyaltyCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof LoyaltyError) {
      throw new TRPCError({ code: error.code === 'not_found' ? 'NOT_FOUND' : 'BAD_REQUEST', message: error.message });
    }
    if (isUniqueViolation(error)) throw new TRPCError({ code: 'CONFLICT', message: 'That key is already in use.' });
    throw error;
  }
}

/** The workspace's coupon pools, newest first, each with its live stock. */
export async function listCouponPools(db: Db, workspaceId: string) {
  const pools = await db
    .selectFrom('couponPools')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .execute();
  return Promise.all(pools.map(async (pool) => ({ ...withIsoDates(pool), stock: await couponPoolStock(db, pool.id) })));
}

export async function listBadges(db: Db, workspaceId: string) {
  const badges = await db
    .selectFrom('badges')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
  return badges.map(withIsoDates);
}

/** Tiers best first. */
export async function listTiers(db: Db, workspaceId: string) {
  const tiers = await db
    .selectFrom('tierDefinitions')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('rank', 'desc')
    .execute();
  return tiers.map(withIsoDates);
}

/** The workspace's open lotteries, newest first, with current odds and remaining stock per prize. */
export async function listLotteries(db: Db, workspaceId: string) {
  const lotteries = await db
    .selectFrom('lotteries')
    .select(['id', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('archivedAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .execute();
  return Promise.all(
    lotteries.map(async (lottery) => ({
      ...(await lotteryOdds(db, lottery.id)),
      createdAt: lottery.createdAt.toISOString(),
    })),
  );
}
