// The loyalty calls a reward node may make (issue 6). The worker binds them to the step's
// transaction, idempotency key, clock and the customer's time zone (`@wayfarer/loyalty`
// `loyaltyForStep`), and stores the facts they report as the customer's events. Plain data only, so
// node runtimes and their tests need no database.

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
  /** The points leaderboard of the current period with the customer's rank (templates' `leaderboard`). */
  leaderboard?(): Promise<LeaderboardStanding>;
}

/** What `{{ leaderboard.rank }}` and `{% for row in leaderboard.top %}` read. */
export interface LeaderboardStanding {
  from: string;
  to: string;
  /** Null when the customer earned nothing in the period. */
  rank: number | null;
  points: number;
  top: { rank: number; name: string; id: string; points: number }[];
}
