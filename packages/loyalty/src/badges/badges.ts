import { z } from 'zod';
import type { Badge } from '@wayfarer/db';
import type { LoyaltyDb } from '../db';
import { LoyaltyError } from '../errors';

export const badgeInputSchema = z.object({
  /** Stable id within the workspace (`first-purchase`), used by templates and conditions. */
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
});
export type BadgeInput = z.input<typeof badgeInputSchema>;

export async function createBadge(db: LoyaltyDb, workspaceId: string, input: BadgeInput): Promise<Badge> {
  const badge = badgeInputSchema.parse(input);
  return db
    .insertInto('badges')
    .values({ workspaceId, ...badge })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface AwardBadgeInput {
  workspaceId: string;
  customerId: string;
  badgeId: string;
  idempotencyKey?: string;
  now?: Date;
}

export type AwardBadgeResult =
  | { status: 'awarded'; badgeKey: string; awardedAt: Date; duplicate: boolean }
  | { status: 'already_awarded'; badgeKey: string; awardedAt: Date };

/**
 * Awards a badge. A customer holds each badge once: a retry with the award's own idempotency key
 * reports `awarded` with `duplicate: true`; any other award of a held badge reports `already_awarded`.
 */
export async function awardBadge(db: LoyaltyDb, input: AwardBadgeInput): Promise<AwardBadgeResult> {
  const badge = await db
    .selectFrom('badges')
    .select(['id', 'key'])
    .where('id', '=', input.badgeId)
    .where('workspaceId', '=', input.workspaceId)
    .executeTakeFirst();
  if (!badge) throw new LoyaltyError('not_found', `Badge ${input.badgeId} does not exist.`);
  const now = input.now ?? new Date();
  const inserted = await db
    .insertInto('badgeAwards')
    .values({
      badgeId: badge.id,
      customerId: input.customerId,
      workspaceId: input.workspaceId,
      idempotencyKey: input.idempotencyKey ?? null,
      awardedAt: now,
    })
    .onConflict((conflict) => conflict.columns(['badgeId', 'customerId']).doNothing())
    .returning('awardedAt')
    .executeTakeFirst();
  if (inserted) return { status: 'awarded', badgeKey: badge.key, awardedAt: inserted.awardedAt, duplicate: false };
  const held = await db
    .selectFrom('badgeAwards')
    .select(['awardedAt', 'idempotencyKey'])
    .where('badgeId', '=', badge.id)
    .where('customerId', '=', input.customerId)
    .executeTakeFirstOrThrow();
  if (input.idempotencyKey !== undefined && held.idempotencyKey === input.idempotencyKey) {
    return { status: 'awarded', badgeKey: badge.key, awardedAt: held.awardedAt, duplicate: true };
  }
  return { status: 'already_awarded', badgeKey: badge.key, awardedAt: held.awardedAt };
}

/** The customer's badges, earliest first. */
export async function customerBadges(
  db: LoyaltyDb,
  customerId: string,
): Promise<{ key: string; name: string; awardedAt: Date }[]> {
  return db
    .selectFrom('badgeAwards')
    .innerJoin('badges', 'badges.id', 'badgeAwards.badgeId')
    .select(['badges.key', 'badges.name', 'badgeAwards.awardedAt'])
    .where('badgeAwards.customerId', '=', customerId)
    .orderBy('badgeAwards.awardedAt')
    .execute();
}
