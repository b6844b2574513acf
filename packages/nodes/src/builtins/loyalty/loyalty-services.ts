// The loyalty calls a reward node may make. The worker binds them to the step's transaction,
// idempotency key, clock and the customer's time zone (`@wayfarer/loyalty` `loyaltyForStep`), and
// stores the facts they report as the customer's events. Plain data only, so node runtimes and
// their tests need no database.
import { defineService } from '../../runtime/services/service-key';

/** Tier and streak news a call reported; the worker stores each as an event of the customer. */
export type LoyaltyFact =
  | { type: 'tier_changed'; from: string | null; to: string | null; direction: 'upgrade' | 'downgrade' }
  | { type: 'streak_reached'; streakKey: string; days: number }
  | { type: 'streak_broken'; streakKey: string; length: number; lastDate: string };

export interface PointsGranted {
  entryId: string;
  duplicate: boolean;
  balance: number;
}

export type PointsDeducted =
  | { status: 'applied'; entryId: string; duplicate: boolean; balance: number }
  | { status: 'insufficient_points'; balance: number };

export type CouponIssued =
  | { status: 'issued'; couponId: string; code: string; expiresAt: string | null; duplicate: boolean }
  | { status: 'out_of_stock' | 'limit_reached' | 'inactive' };

export interface BadgeAwarded {
  status: 'awarded' | 'already_awarded';
  badgeKey: string;
}

export interface TierEvaluated {
  tier: string | null;
  change: Extract<LoyaltyFact, { type: 'tier_changed' }> | null;
}

export interface CheckedIn {
  streakKey: string;
  /** False when the customer had already checked in on this local day. */
  counted: boolean;
  current: number;
  longest: number;
  localDate: string;
  facts: Extract<LoyaltyFact, { type: 'streak_reached' | 'streak_broken' }>[];
}

/** What a prize gave: points, a coupon, or a badge. */
export type PrizeGiven =
  | { kind: 'points'; points: number; entryId: string }
  | { kind: 'coupon'; couponId: string; code: string; expiresAt: string | null }
  | { kind: 'badge'; badgeKey: string; alreadyHeld: boolean };

export type LotteryDrawn =
  | { outcome: 'win'; prizeKey: string; prizeName: string; reward: PrizeGiven; duplicate: boolean }
  | { outcome: 'lose'; reason: 'no_prize' | 'reward_unavailable' | 'closed'; duplicate: boolean };

/** Loyalty writes bound to one step visit: each commits with the step's receipt, or not at all. */
export interface LoyaltyServices {
  /** `expiresInMonths`: null never expires; omitted uses the workspace's points expiry. */
  grantPoints(grant: { points: number; reason: string; expiresInMonths?: number | null }): Promise<PointsGranted>;
  deductPoints(deduction: { points: number; reason: string; allowNegative?: boolean }): Promise<PointsDeducted>;
  issueCoupon(poolId: string): Promise<CouponIssued>;
  awardBadge(badgeKey: string): Promise<BadgeAwarded>;
  evaluateTier(): Promise<TierEvaluated>;
  checkIn(request: { streakKey: string; milestones: readonly number[] }): Promise<CheckedIn>;
  drawLottery(lotteryId: string): Promise<LotteryDrawn>;
}

/** Points, coupons, badges, tiers, streaks and lotteries, written with the step. */
export const loyaltyService = defineService<LoyaltyServices>()({
  name: 'loyalty',
  description: 'grant and deduct points, issue coupons, award badges, evaluate tiers, check in, draw lotteries',
  phase: 'commit',
});

export interface LeaderboardService {
  /** The points leaderboard of the current period with the customer's rank (templates' `leaderboard`). */
  standing(): Promise<LeaderboardStanding>;
}

/** The points leaderboard as of the step's clock (read only). */
export const leaderboardService = defineService<LeaderboardService>()({
  name: 'leaderboard',
  description: 'the points leaderboard of the period and the customer’s rank',
  phase: 'any',
});

/** What `{{ leaderboard.rank }}` and `{% for row in leaderboard.top %}` read. */
export interface LeaderboardStanding {
  from: string;
  to: string;
  /** Null when the customer earned nothing in the period. */
  rank: number | null;
  points: number;
  top: { rank: number; name: string; id: string; points: number }[];
}
