import { z } from 'zod';
import type { TierDefinition, TierMetric } from '@wayfarer/db';
import { inTransaction, lockKey, lockKeys, type LoyaltyDb } from '../db';
import { addMonths } from '../points/points.rules';
import { numericProperty } from '../purchases.queries';
import { getLoyaltySettings } from '../settings';
import { chooseTier, measureKey, measuresNeeded, tierChange, type TierChanged, type TierRule } from './tier.rules';

export const tierInputSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
  name: z.string().trim().min(1).max(200),
  rank: z.number().int().min(0).max(1000),
  metric: z.enum(['points', 'spend']),
  threshold: z.number().min(0),
  windowMonths: z.number().int().min(1).max(120).default(12),
});
export type TierInput = z.input<typeof tierInputSchema>;

/** Adds a tier, e.g. Silver: ≥ 1,000 points earned in 12 months. */
export async function createTier(db: LoyaltyDb, workspaceId: string, input: TierInput): Promise<TierDefinition> {
  const tier = tierInputSchema.parse(input);
  return db
    .insertInto('tierDefinitions')
    .values({ workspaceId, ...tier })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface EvaluateTierInput {
  workspaceId: string;
  customerId: string;
  now?: Date;
}

export interface EvaluateTierResult {
  tier: string | null;
  /** Set when the tier moved; the caller emits it as a `tier_changed` event. */
  change: TierChanged | null;
}

/** Recomputes the customer's tier from the rules, records a change with its history, and returns it. */
export async function evaluateTier(db: LoyaltyDb, input: EvaluateTierInput): Promise<EvaluateTierResult> {
  const now = input.now ?? new Date();
  return inTransaction(db, async (trx) => {
    await lockKey(trx, `loyalty:tier:${input.customerId}`);
    const rules: TierRule[] = await trx
      .selectFrom('tierDefinitions')
      .select(['key', 'name', 'rank', 'metric', 'threshold', 'windowMonths'])
      .where('workspaceId', '=', input.workspaceId)
      .execute();
    const measures = new Map<string, number>();
    for (const need of measuresNeeded(rules)) {
      const value = await measure(trx, input, need.metric, addMonths(now, -need.windowMonths), now);
      measures.set(measureKey(need.metric, need.windowMonths), value);
    }
    const next = chooseTier(rules, measures);
    const current = await customerTier(trx, input.customerId);
    const change = tierChange(rules, current, next);
    if (change) await recordChange(trx, input, change, now);
    return { tier: next?.key ?? null, change };
  });
}

async function measure(db: LoyaltyDb, input: EvaluateTierInput, metric: TierMetric, since: Date, now: Date) {
  if (metric === 'points') {
    const row = await db
      .selectFrom('pointsLedger')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('delta'), eb.lit(0)).as('earned'))
      .where('customerId', '=', input.customerId)
      .where('delta', '>', 0)
      .where('createdAt', '>', since)
      .where('createdAt', '<=', now)
      .executeTakeFirstOrThrow();
    return Number(row.earned);
  }
  const settings = await getLoyaltySettings(db, input.workspaceId);
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(numericProperty(settings.spendProperty)), eb.lit(0)).as('spend'))
    .where('customerId', '=', input.customerId)
    .where('kind', '=', 'track')
    .where('name', '=', settings.purchaseEvent)
    .where('timestamp', '>', since)
    .where('timestamp', '<=', now)
    .executeTakeFirstOrThrow();
  return Number(row.spend);
}

async function recordChange(db: LoyaltyDb, input: EvaluateTierInput, change: TierChanged, now: Date) {
  await db
    .insertInto('customerTiers')
    .values({ customerId: input.customerId, workspaceId: input.workspaceId, tierKey: change.to, since: now })
    .onConflict((conflict) => conflict.column('customerId').doUpdateSet({ tierKey: change.to, since: now }))
    .execute();
  await db
    .insertInto('customerTierHistory')
    .values({
      workspaceId: input.workspaceId,
      customerId: input.customerId,
      fromTier: change.from,
      toTier: change.to,
      changedAt: now,
    })
    .execute();
}

/** The customer's current tier key (null: none yet, or below every tier). */
export async function customerTier(db: LoyaltyDb, customerId: string): Promise<string | null> {
  const row = await db
    .selectFrom('customerTiers')
    .select('tierKey')
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  return row?.tierKey ?? null;
}

/** The customer's tier changes, oldest first. */
export async function tierHistory(
  db: LoyaltyDb,
  customerId: string,
): Promise<{ from: string | null; to: string | null; at: Date }[]> {
  const rows = await db
    .selectFrom('customerTierHistory')
    .select(['fromTier', 'toTier', 'changedAt'])
    .where('customerId', '=', customerId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ from: row.fromTier, to: row.toTier, at: row.changedAt }));
}

export interface TierAssignment {
  customerId: string;
  /** A tier key of the workspace (the caller checks it exists). */
  tierKey: string;
}

/**
 * Places customers in tiers as another system had them (an import), recording each change with its
 * history like a rule-based change; a customer already in the tier is left alone. Returns the
 * changes. Rule-based evaluations later move customers on from here as usual.
 */
export async function assignTiers(
  db: LoyaltyDb,
  workspaceId: string,
  assignments: readonly TierAssignment[],
  now: Date,
): Promise<{ customerId: string; from: string | null; to: string }[]> {
  if (assignments.length === 0) return [];
  const last = new Map(assignments.map((assignment) => [assignment.customerId, assignment.tierKey]));
  return inTransaction(db, async (trx) => {
    await lockKeys(
      trx,
      [...last.keys()].map((customerId) => `loyalty:tier:${customerId}`),
    );
    const current = await trx
      .selectFrom('customerTiers')
      .select(['customerId', 'tierKey'])
      .where('customerId', 'in', [...last.keys()])
      .execute();
    const before = new Map(current.map((row) => [row.customerId, row.tierKey]));
    const changes = [...last]
      .filter(([customerId, tierKey]) => before.get(customerId) !== tierKey)
      .map(([customerId, to]) => ({ customerId, from: before.get(customerId) ?? null, to }));
    if (changes.length === 0) return [];
    await trx
      .insertInto('customerTiers')
      .values(changes.map((change) => ({ customerId: change.customerId, workspaceId, tierKey: change.to, since: now })))
      .onConflict((conflict) =>
        conflict.column('customerId').doUpdateSet((eb) => ({ tierKey: eb.ref('excluded.tierKey'), since: now })),
      )
      .execute();
    await trx
      .insertInto('customerTierHistory')
      .values(
        changes.map((change) => ({
          workspaceId,
          customerId: change.customerId,
          fromTier: change.from,
          toTier: change.to,
          changedAt: now,
        })),
      )
      .execute();
    return changes;
  });
}
