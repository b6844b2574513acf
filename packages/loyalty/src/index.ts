// @wayfarer/loyalty: points, coupons, badges, tiers, streaks, lotteries and value tiers on Postgres.
// Every function takes a pool or a transaction (`LoyaltyDb`), so a journey step can run it inside its
// own transaction with its idempotency key.
export { inTransaction, type LoyaltyDb } from './db';
export { LoyaltyError } from './errors';
export * from './settings';
export * from './points/points';
export * from './points/expire';
export * from './points/leaderboard';
export { addMonths } from './points/points.rules';
export * from './coupons/pools';
export * from './coupons/issue';
export * from './coupons/redeem';
export { isValidCodePattern } from './coupons/coupons.rules';
export * from './badges/badges';
export * from './tiers/tiers';
export type { TierChanged, TierRule } from './tiers/tier.rules';
export * from './streaks/streaks';
export { liveStreak, localDate, type StreakFact, type StreakState } from './streaks/streak.rules';
export * from './lottery/lottery.schema';
export * from './lottery/lotteries';
export * from './lottery/draw';
export { type WhenExhausted } from './lottery/draw.rules';
export * from './value-tier/value-tier';
export * from './value-tier/value-tier.rules';
export * from './step-services';
