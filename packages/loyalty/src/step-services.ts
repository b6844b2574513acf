import { awardBadge } from './badges/badges';
import { issueCoupon } from './coupons/issue';
import type { LoyaltyDb } from './db';
import { drawLottery } from './lottery/draw';
import { deductPoints, grantPoints } from './points/points';
import { checkIn } from './streaks/streaks';
import { evaluateTier } from './tiers/tiers';

/** One journey step visit, as the worker's step activity knows it. */
export interface LoyaltyStepScope {
  workspaceId: string;
  customerId: string;
  /** The step visit's key (`workflowId:stepId:visit`): every write below carries it. */
  idempotencyKey: string;
  journeyId: string;
  enrollmentId: string;
  stepId: string;
  /** The step's clock (its start time), so a retried step decides as the first attempt did. */
  now: Date;
  /** The customer's IANA time zone, for check-in days. */
  timezone: string;
}

/**
 * The loyalty calls a reward node makes, bound to the step's transaction and key: they commit with
 * the step's receipt or not at all, and a retried step gets the same results. Each call writes to
 * its own table under the step's key, so one step may make several different calls; a step that
 * needs two ledger writes must derive a second key itself. Points grants use the plain step key,
 * like the worker's existing `grantPoints` service, so switching a node to this keeps its retries safe.
 */
export function loyaltyForStep(trx: LoyaltyDb, scope: LoyaltyStepScope) {
  const { workspaceId, customerId, idempotencyKey, now } = scope;
  const ledger = { workspaceId, customerId, idempotencyKey, now, journeyId: scope.journeyId };
  const origin = { ...ledger, enrollmentId: scope.enrollmentId, stepId: scope.stepId };
  return {
    grantPoints: (points: number, reason: string, expiresInMonths?: number | null) =>
      grantPoints(trx, { ...origin, points, reason, ...(expiresInMonths === undefined ? {} : { expiresInMonths }) }),
    deductPoints: (points: number, reason: string, allowNegative = false) =>
      deductPoints(trx, { ...origin, points, reason, allowNegative }),
    issueCoupon: (poolId: string) => issueCoupon(trx, { workspaceId, customerId, idempotencyKey, now, poolId }),
    awardBadge: (badgeId: string) => awardBadge(trx, { workspaceId, customerId, idempotencyKey, now, badgeId }),
    evaluateTier: () => evaluateTier(trx, { workspaceId, customerId, now }),
    checkIn: (streakKey?: string, milestones?: readonly number[]) =>
      checkIn(trx, {
        workspaceId,
        customerId,
        now,
        timezone: scope.timezone,
        ...(streakKey === undefined ? {} : { streakKey }),
        ...(milestones === undefined ? {} : { milestones }),
      }),
    drawLottery: (lotteryId: string) => drawLottery(trx, { ...origin, lotteryId }),
  };
}

export type LoyaltyStepServices = ReturnType<typeof loyaltyForStep>;
