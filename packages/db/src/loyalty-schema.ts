import type { ColumnType, Generated, Selectable } from 'kysely';

// Tables of migration 0005-loyalty (issue 6); merged into `Database` in schema.ts.
// Column names are camelCase here and snake_case in SQL (CamelCasePlugin).

type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Per-workspace loyalty settings: a `LoyaltySettings` of @wayfarer/loyalty (validated there). */
export interface LoyaltySettingsTable {
  workspaceId: string;
  settings: Json<unknown>;
  updatedAt: Timestamp;
}

export type CouponSource = 'pattern' | 'list';

export interface CouponPoolsTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  source: CouponSource;
  /** Pattern pools: e.g. `SPRING-{8}`; `{n}` becomes n random characters. */
  codePattern: Optional<string>;
  /** Pattern pools: codes that may be issued (null = unlimited). List pools count their rows. */
  inventory: Optional<number>;
  /** Pattern pools: codes issued so far (the stock guard); list pools count their issued rows. */
  issued: Generated<number>;
  perCustomerLimit: Generated<number>;
  validFrom: NullableTimestamp;
  validUntil: NullableTimestamp;
  /** A coupon expires this many days after issue (and never after `validUntil`). */
  validityDays: Optional<number>;
  createdAt: CreatedAt;
  archivedAt: NullableTimestamp;
}

export interface CouponsTable {
  id: Generated<string>;
  workspaceId: string;
  poolId: string;
  code: string;
  customerId: Optional<string>;
  idempotencyKey: Optional<string>;
  issuedAt: NullableTimestamp;
  expiresAt: NullableTimestamp;
  redeemedAt: NullableTimestamp;
  createdAt: CreatedAt;
}

export interface BadgesTable {
  id: Generated<string>;
  workspaceId: string;
  key: string;
  name: string;
  description: Generated<string>;
  createdAt: CreatedAt;
}

export interface BadgeAwardsTable {
  badgeId: string;
  customerId: string;
  workspaceId: string;
  idempotencyKey: Optional<string>;
  awardedAt: Timestamp;
}

export type TierMetric = 'points' | 'spend';

export interface TierDefinitionsTable {
  id: Generated<string>;
  workspaceId: string;
  key: string;
  name: string;
  /** Higher is better; unique per workspace. */
  rank: number;
  metric: TierMetric;
  threshold: number;
  windowMonths: number;
  createdAt: CreatedAt;
}

export interface CustomerTiersTable {
  customerId: string;
  workspaceId: string;
  /** Null: below every tier. */
  tierKey: string | null;
  since: Timestamp;
}

export interface CustomerTierHistoryTable {
  id: Generated<string>;
  workspaceId: string;
  customerId: string;
  fromTier: string | null;
  toTier: string | null;
  changedAt: Timestamp;
}

export interface StreaksTable {
  customerId: string;
  streakKey: string;
  workspaceId: string;
  current: number;
  longest: number;
  /** YYYY-MM-DD in the customer's time zone. */
  lastDate: string | null;
  updatedAt: Timestamp;
}

export interface LotteriesTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  loseWeight: number;
  /** What a draw landing on an exhausted prize becomes. */
  whenExhausted: 'lose' | 'redistribute';
  createdAt: CreatedAt;
  archivedAt: NullableTimestamp;
}

export interface LotteryPrizesTable {
  id: Generated<string>;
  lotteryId: string;
  key: string;
  name: string;
  position: number;
  weight: number;
  /** Null = unlimited. */
  stock: number | null;
  /** Units taken, kept for limited prizes only (it is their stock guard); unlimited ones count draws. */
  awarded: Generated<number>;
  /** A `PrizeReward` of @wayfarer/loyalty. */
  reward: Json<unknown>;
}

export interface LotteryDrawsTable {
  id: Generated<string>;
  workspaceId: string;
  lotteryId: string;
  customerId: string;
  idempotencyKey: string;
  prizeId: string | null;
  /** A `DrawOutcome` of @wayfarer/loyalty, returned as is to a retried draw. */
  outcome: Json<unknown>;
  drawnAt: Timestamp;
}

export type ValueTier = 'strategic' | 'high_value' | 'core' | 'general' | 'potential';

export interface CustomerValueTiersTable {
  customerId: string;
  workspaceId: string;
  tier: ValueTier;
  purchases: number;
  spend: number;
  referrals: number;
  computedAt: Timestamp;
}

export interface LoyaltyTables {
  loyaltySettings: LoyaltySettingsTable;
  couponPools: CouponPoolsTable;
  coupons: CouponsTable;
  badges: BadgesTable;
  badgeAwards: BadgeAwardsTable;
  tierDefinitions: TierDefinitionsTable;
  customerTiers: CustomerTiersTable;
  customerTierHistory: CustomerTierHistoryTable;
  streaks: StreaksTable;
  lotteries: LotteriesTable;
  lotteryPrizes: LotteryPrizesTable;
  lotteryDraws: LotteryDrawsTable;
  customerValueTiers: CustomerValueTiersTable;
}

export type CouponPool = Selectable<CouponPoolsTable>;
export type Coupon = Selectable<CouponsTable>;
export type Badge = Selectable<BadgesTable>;
export type TierDefinition = Selectable<TierDefinitionsTable>;
export type Streak = Selectable<StreaksTable>;
export type Lottery = Selectable<LotteriesTable>;
export type LotteryPrize = Selectable<LotteryPrizesTable>;
export type LotteryDraw = Selectable<LotteryDrawsTable>;
export type CustomerValueTierRow = Selectable<CustomerValueTiersTable>;
