// Loyalty services for a simulation: rewards are recorded on the step, balances and badges change
// only on the simulated customer. Pools, badges and lotteries are read (never written) so a missing
// one fails the step as it would for real and the reward names what the marketer configured.
import type { Db } from '@wayfarer/db';
import { customerStanding, localDate, lotteryOdds, prizeRewardSchema, type LotteryOdds } from '@wayfarer/loyalty';
import { badgeAwarded, couponIssued, lotteryWon } from '@wayfarer/events';
import {
  eventsService,
  leaderboardService,
  loyaltyService,
  provideService,
  StepFailure,
  type LoyaltyServices,
  type PrizeGiven,
  type ServiceProvider,
} from '@wayfarer/nodes/runtime';
import type { SimulationHost } from './memory-services';
import { evaluateSimulatedTier } from './simulated-tier';
import type { SimulationRun, VisitRef } from './simulation-run';

const notFound = (what: string) =>
  new StepFailure('loyalty_not_found', `${what} does not exist.`, { retryable: false });

/** `loyalty` of one simulated step visit; `now` is the step's simulated clock. */
export function memoryLoyaltyProvider(db: Db): ServiceProvider<SimulationHost> {
  return provideService(loyaltyService, ({ step, use }, { run, ref }: SimulationHost) => {
    // Facts are stored as the customer's events, as the worker does: they reach waits and triggers.
    const emit = async (name: string, properties: Record<string, unknown>) => {
      await use(eventsService).emit(name, properties);
    };
    return memoryLoyaltyServices(db, { run, ref, now: step.now, emit });
  });
}

/** The leaderboard as stored (read only); a made-up customer has no rank in it. */
export function memoryLeaderboardProvider(db: Db): ServiceProvider<SimulationHost> {
  return provideService(leaderboardService, ({ step }, { run }: SimulationHost) => ({
    standing: () =>
      customerStanding(db, {
        workspaceId: run.workspaceId,
        customerId: run.customer.id.startsWith('simulation:') ? nobody : run.customer.id,
        now: step.now,
      }),
  }));
}

const nobody = '00000000-0000-0000-0000-000000000000';

interface LoyaltyVisit {
  run: SimulationRun;
  ref: VisitRef;
  now: Date;
  emit: (name: string, properties: Record<string, unknown>) => Promise<void>;
}

function memoryLoyaltyServices(db: Db, { run, ref, now, emit }: LoyaltyVisit): LoyaltyServices {
  const { customer, workspaceId } = run;
  const rewards = () => run.visit(ref).rewards;
  const points = (delta: number, reason: string, expiresInMonths: number | null = null) => {
    customer.points += delta;
    run.ledger.push({ delta, reason, at: now, expiresInMonths });
    const kind = delta >= 0 ? 'points' : 'points_deducted';
    rewards().push({ kind, points: Math.abs(delta), reason, balance: customer.points });
    return { entryId: run.nextId('points'), duplicate: false, balance: customer.points };
  };
  const coupon = async (poolId: string) => {
    const pool = await db
      .selectFrom('couponPools')
      .select(['id', 'name'])
      .where('id', '=', poolId)
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    if (!pool) throw notFound(`Coupon pool ${poolId}`);
    const code = run.nextId('coupon').toUpperCase();
    rewards().push({ kind: 'coupon', poolId, poolName: pool.name, code });
    await emit(couponIssued.name, { poolId, couponId: code, code, expiresAt: null });
    return { couponId: code, code, expiresAt: null };
  };
  const badge = async (column: 'key' | 'id', value: string) => {
    const found = await db
      .selectFrom('badges')
      .select(['key', 'name'])
      .where(column, '=', value)
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    if (!found) throw notFound(`Badge "${value}"`);
    const held = (customer.badges ?? []).includes(found.key);
    if (!held) {
      customer.badges = [...(customer.badges ?? []), found.key];
      rewards().push({ kind: 'badge', badgeKey: found.key, badgeName: found.name });
      await emit(badgeAwarded.name, { badgeKey: found.key });
    }
    return { badgeKey: found.key, held };
  };
  return {
    grantPoints: ({ points: amount, reason, expiresInMonths }) =>
      Promise.resolve(points(amount, reason, expiresInMonths ?? null)),
    deductPoints: ({ points: amount, reason, allowNegative }) => {
      if (customer.points < amount && allowNegative !== true)
        return Promise.resolve({ status: 'insufficient_points', balance: customer.points });
      return Promise.resolve({ status: 'applied', ...points(-amount, reason) });
    },
    issueCoupon: async (poolId) => ({ status: 'issued', duplicate: false, ...(await coupon(poolId)) }),
    awardBadge: async (badgeKey) => {
      const result = await badge('key', badgeKey);
      return { status: result.held ? 'already_awarded' : 'awarded', badgeKey: result.badgeKey };
    },
    evaluateTier: () => evaluateSimulatedTier(db, run, ref, now),
    checkIn: async ({ streakKey, milestones }) => {
      const result = checkIn(run, streakKey, milestones, now);
      for (const { type, ...properties } of result.facts) await emit(type, properties);
      return result;
    },
    drawLottery: async (lotteryId) => {
      const lottery = await db
        .selectFrom('lotteries')
        .select('id')
        .where('id', '=', lotteryId)
        .where('workspaceId', '=', workspaceId)
        .executeTakeFirst();
      if (!lottery) throw notFound(`Lottery ${lotteryId}`);
      const prize = pick(await lotteryOdds(db, lotteryId), Math.random());
      if (prize === null) return { outcome: 'lose', reason: 'no_prize', duplicate: false };
      const reward = await givePrize(db, prize.id, { points, coupon, badge });
      rewards().push({ kind: 'lottery', lotteryId, prizeKey: prize.key, prizeName: prize.name });
      const properties = { lotteryId, prizeKey: prize.key, prizeName: prize.name, reward: reward.kind };
      await emit(lotteryWon.name, properties);
      return { outcome: 'win', prizeKey: prize.key, prizeName: prize.name, reward, duplicate: false };
    },
  };
}

function pick(odds: LotteryOdds, roll: number): LotteryOdds['prizes'][number] | null {
  let cumulative = 0;
  for (const prize of odds.prizes) {
    cumulative += prize.probability;
    if (roll < cumulative) return prize;
  }
  return null;
}

interface Givers {
  points(delta: number, reason: string): { entryId: string };
  coupon(poolId: string): Promise<{ couponId: string; code: string; expiresAt: null }>;
  badge(column: 'id', value: string): Promise<{ badgeKey: string; held: boolean }>;
}

async function givePrize(db: Db, prizeId: string, give: Givers): Promise<PrizeGiven> {
  const row = await db.selectFrom('lotteryPrizes').select('reward').where('id', '=', prizeId).executeTakeFirstOrThrow();
  const reward = prizeRewardSchema.parse(row.reward);
  switch (reward.kind) {
    case 'points':
      return { kind: 'points', points: reward.points, ...give.points(reward.points, 'lottery prize') };
    case 'coupon':
      return { kind: 'coupon', ...(await give.coupon(reward.poolId)) };
    case 'badge': {
      const badge = await give.badge('id', reward.badgeId);
      return { kind: 'badge', badgeKey: badge.badgeKey, alreadyHeld: badge.held };
    }
    default: {
      const unreachable: never = reward;
      return unreachable;
    }
  }
}

/** A check-in on the customer's local day, with the streak kept in memory for this simulation. */
function checkIn(run: SimulationRun, streakKey: string, milestones: readonly number[], now: Date) {
  const today = localDate(now, run.customer.timezone);
  const state = run.streaks.get(streakKey);
  const base = { streakKey, localDate: today };
  if (state?.lastDate === today)
    return { ...base, counted: false, current: state.current, longest: state.longest, facts: [] };
  const yesterday = localDate(new Date(now.getTime() - 86_400_000), run.customer.timezone);
  const current = state?.lastDate === yesterday ? state.current + 1 : 1;
  const longest = Math.max(current, state?.longest ?? 0);
  run.streaks.set(streakKey, { lastDate: today, current, longest });
  const facts = milestones.includes(current) ? [{ type: 'streak_reached' as const, streakKey, days: current }] : [];
  return { ...base, counted: true, current, longest, facts };
}
