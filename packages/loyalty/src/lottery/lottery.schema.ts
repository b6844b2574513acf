import { z } from 'zod';

/** What a prize gives: points, a coupon from a pool, or a badge. */
export const prizeRewardSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('points'),
    points: z.number().int().positive().max(1_000_000),
    expiresInMonths: z.number().int().min(1).max(120).nullable().optional(),
  }),
  z.object({ kind: z.literal('coupon'), poolId: z.uuid() }),
  z.object({ kind: z.literal('badge'), badgeId: z.uuid() }),
]);
export type PrizeReward = z.infer<typeof prizeRewardSchema>;

export const lotteryInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** Weight of drawing nothing, against the prizes' weights. */
  loseWeight: z.number().int().min(0).max(1_000_000_000),
  whenExhausted: z.enum(['lose', 'redistribute']).default('lose'),
  prizes: z
    .array(
      z.object({
        key: z
          .string()
          .trim()
          .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
        name: z.string().trim().min(1).max(200),
        weight: z.number().int().positive().max(1_000_000_000),
        /** How many can be won; null = unlimited. */
        stock: z.number().int().min(0).nullable(),
        reward: prizeRewardSchema,
      }),
    )
    .min(1)
    .max(50)
    .refine((prizes) => new Set(prizes.map((prize) => prize.key)).size === prizes.length, 'prize keys must differ'),
});
export type LotteryInput = z.input<typeof lotteryInputSchema>;

/** What a prize gave the customer. */
export const rewardGivenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('points'), points: z.number(), entryId: z.string() }),
  z.object({ kind: z.literal('coupon'), couponId: z.string(), code: z.string(), expiresAt: z.string().nullable() }),
  z.object({ kind: z.literal('badge'), badgeKey: z.string(), alreadyHeld: z.boolean() }),
]);
export type RewardGiven = z.infer<typeof rewardGivenSchema>;

/** A draw's stored outcome; a retried draw returns it unchanged. */
export const drawOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('win'),
    prize: z.object({ id: z.string(), key: z.string(), name: z.string() }),
    reward: rewardGivenSchema,
  }),
  z.object({
    outcome: z.literal('lose'),
    /** `no_prize`: the draw landed on no prize in stock; `reward_unavailable`: the prize's coupon pool could not issue. */
    reason: z.enum(['no_prize', 'reward_unavailable', 'closed']),
  }),
]);
export type DrawOutcome = z.infer<typeof drawOutcomeSchema>;
