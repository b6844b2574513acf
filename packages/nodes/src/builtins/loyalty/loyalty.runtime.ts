// Runtime facets of the loyalty node types. Each call goes through the `loyalty` service, bound by
// the host to the step's transaction and idempotency key, so a retried step gets the same result.
import { defineRuntime, type AnyRuntimeFacet } from '../../runtime/define-runtime';
import { awardBadgeNode } from './badge';
import { issueCouponNode } from './coupon';
import { loyaltyService, type LoyaltyServices } from './loyalty-services';
import { drawLotteryNode, winPort } from './lottery';
import { deductPointsNode, grantPointsNode } from './points';
import { checkInNode } from './streak';
import { evaluateTierNode } from './tier';

const needs = [loyaltyService] as const;

const grantPointsRuntime = defineRuntime(grantPointsNode, {
  needs,
  execute: async ({ points, reason, expiresInMonths }, { services: { loyalty } }) => {
    const result = await loyalty.grantPoints({ points, reason, expiresInMonths: expiresInMonths ?? null });
    // Keys in jsonb's order, so a first attempt answers exactly as its stored receipt does.
    return { port: 'out', output: { balance: result.balance, ledgerEntryId: result.entryId } };
  },
});

const deductPointsRuntime = defineRuntime(deductPointsNode, {
  needs,
  execute: async (config, { services: { loyalty } }) => {
    const result = await loyalty.deductPoints({ points: config.points, reason: config.reason });
    if (result.status === 'insufficient_points') return { port: 'insufficient', output: { balance: result.balance } };
    return { port: 'ok', output: { balance: result.balance, ledgerEntryId: result.entryId } };
  },
});

const issueCouponRuntime = defineRuntime(issueCouponNode, {
  needs,
  execute: async (config, { services: { loyalty } }) => {
    const result = await loyalty.issueCoupon(config.poolId);
    switch (result.status) {
      case 'issued':
        return {
          port: 'issued',
          output: { code: result.code, couponId: result.couponId, expiresAt: result.expiresAt },
        };
      case 'limit_reached':
        return { port: 'limit_reached', output: { status: result.status } };
      case 'out_of_stock':
      case 'inactive':
        return { port: 'out_of_stock', output: { status: result.status } };
      default: {
        const unreachable: never = result;
        return unreachable;
      }
    }
  },
});

const awardBadgeRuntime = defineRuntime(awardBadgeNode, {
  needs,
  execute: async (config, { services: { loyalty } }) => {
    const result = await loyalty.awardBadge(config.badgeKey);
    return { port: 'out', output: { badgeKey: result.badgeKey, alreadyHeld: result.status === 'already_awarded' } };
  },
});

const evaluateTierRuntime = defineRuntime(evaluateTierNode, {
  needs,
  execute: async (_config, { services: { loyalty } }) => {
    const { tier, change } = await loyalty.evaluateTier();
    const output = { tier, previousTier: change ? change.from : tier };
    if (!change) return { port: 'same', output };
    return { port: change.direction === 'upgrade' ? 'upgraded' : 'downgraded', output };
  },
});

const checkInRuntime = defineRuntime(checkInNode, {
  needs,
  execute: async (config, { services: { loyalty } }) => {
    const result = await loyalty.checkIn({ streakKey: config.streakKey, milestones: config.milestones });
    const reached = result.facts.find((fact) => fact.type === 'streak_reached');
    const output = {
      streakKey: result.streakKey,
      current: result.current,
      longest: result.longest,
      localDate: result.localDate,
      milestone: reached?.days ?? null,
    };
    return { port: result.counted ? 'counted' : 'already_today', output };
  },
});

const drawLotteryRuntime = defineRuntime(drawLotteryNode, {
  needs,
  execute: async (config, { services: { loyalty } }) => {
    const result = await loyalty.drawLottery(config.lotteryId);
    if (result.outcome === 'lose') return { port: 'lose', output: { outcome: 'lose', reason: result.reason } };
    // A prize missing from the config has no port: the worker rejects the port as a permanent failure.
    const output = { outcome: 'win', prizeKey: result.prizeKey, prizeName: result.prizeName, ...rewardOutput(result) };
    return { port: winPort(result.prizeKey), output };
  },
});

/** Flat step output for a prize, so a message can say `{{ steps.draw.code }}` or `.points`. */
function rewardOutput(result: Extract<Awaited<ReturnType<LoyaltyServices['drawLottery']>>, { outcome: 'win' }>) {
  const { reward } = result;
  switch (reward.kind) {
    case 'points':
      return { rewardKind: reward.kind, points: reward.points };
    case 'coupon':
      return { rewardKind: reward.kind, code: reward.code, couponId: reward.couponId, expiresAt: reward.expiresAt };
    case 'badge':
      return { rewardKind: reward.kind, badgeKey: reward.badgeKey };
    default: {
      const unreachable: never = reward;
      return unreachable;
    }
  }
}

/** Runtime facets of the loyalty node types. */
export const loyaltyRuntimes: readonly AnyRuntimeFacet[] = [
  grantPointsRuntime,
  deductPointsRuntime,
  issueCouponRuntime,
  awardBadgeRuntime,
  evaluateTierRuntime,
  checkInRuntime,
  drawLotteryRuntime,
];
