// The loyalty admin API (issue 6): coupon pools with live stock, badges, tiers, and lotteries with
// their odds and remaining stock. Workspace-scoped: ids of another workspace's rows look absent.
import {
  addCouponCodes,
  couponPoolInputSchema,
  createBadge,
  createCouponPool,
  createLottery,
  createTier,
  lotteryInputSchema,
  lotteryOdds,
  badgeInputSchema,
  tierInputSchema,
  couponPoolStock,
  valueTierSettingsSchema,
} from '@wayfarer/loyalty';
import { z } from 'zod';
import {
  assertOwned,
  assertRewardsOwned,
  listBadges,
  listCouponPools,
  listLotteries,
  listTiers,
  loyaltyCall,
  withIsoDates,
} from '../loyalty/loyalty-admin';
import { getValueTiers, monthLeaderboard, refreshValueTiersNow, saveValueTiers } from '../loyalty/value-tier-admin';
import { router, workspaceProcedure } from './trpc';

const couponPoolsRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listCouponPools(ctx.services.db, ctx.workspaceId)),
  create: workspaceProcedure.input(couponPoolInputSchema).mutation(async ({ ctx, input }) => {
    const pool = await loyaltyCall(() => createCouponPool(ctx.services.db, ctx.workspaceId, input));
    return { ...withIsoDates(pool), stock: await couponPoolStock(ctx.services.db, pool.id) };
  }),
  /** Uploads codes to a list pool; codes the workspace already has are skipped and counted. */
  addCodes: workspaceProcedure
    .input(z.object({ poolId: z.uuid(), codes: z.array(z.string().trim().min(1).max(100)).min(1).max(100_000) }))
    .mutation(async ({ ctx, input }) => {
      await assertOwned(ctx.services.db, 'couponPools', ctx.workspaceId, input.poolId);
      const result = await loyaltyCall(() => addCouponCodes(ctx.services.db, input.poolId, input.codes));
      return { ...result, stock: await couponPoolStock(ctx.services.db, input.poolId) };
    }),
});

const badgesRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listBadges(ctx.services.db, ctx.workspaceId)),
  create: workspaceProcedure
    .input(badgeInputSchema)
    .mutation(async ({ ctx, input }) =>
      withIsoDates(await loyaltyCall(() => createBadge(ctx.services.db, ctx.workspaceId, input))),
    ),
});

const tiersRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listTiers(ctx.services.db, ctx.workspaceId)),
  create: workspaceProcedure
    .input(tierInputSchema)
    .mutation(async ({ ctx, input }) =>
      withIsoDates(await loyaltyCall(() => createTier(ctx.services.db, ctx.workspaceId, input))),
    ),
});

const lotteriesRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listLotteries(ctx.services.db, ctx.workspaceId)),
  create: workspaceProcedure.input(lotteryInputSchema).mutation(async ({ ctx, input }) => {
    const { db } = ctx.services;
    await assertRewardsOwned(
      db,
      ctx.workspaceId,
      input.prizes.map((prize) => prize.reward),
    );
    const lottery = await loyaltyCall(() => createLottery(db, ctx.workspaceId, input));
    return { ...(await lotteryOdds(db, lottery.id)), createdAt: lottery.createdAt.toISOString() };
  }),
});

/** Customer value tiers: workspace thresholds (admins set them), counts per tier, recompute now. */
const valueTiersRouter = router({
  get: workspaceProcedure.query(({ ctx }) => getValueTiers(ctx.services.db, ctx.workspaceId)),
  save: workspaceProcedure
    .meta({ role: 'admin' })
    .input(valueTierSettingsSchema)
    .mutation(({ ctx, input }) => saveValueTiers(ctx.services.db, ctx.workspaceId, input)),
  refresh: workspaceProcedure.mutation(({ ctx }) => refreshValueTiersNow(ctx.services, ctx.workspaceId)),
});

export const loyaltyRouter = router({
  couponPools: couponPoolsRouter,
  badges: badgesRouter,
  tiers: tiersRouter,
  lotteries: lotteriesRouter,
  valueTiers: valueTiersRouter,
  /** This month's (UTC) top customers by points earned. */
  leaderboard: workspaceProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).optional() }).default({}))
    .query(({ ctx, input }) => monthLeaderboard(ctx.services.db, ctx.workspaceId, input.limit ?? 20)),
});
