import { sql } from 'kysely';
import type { Db } from '../connect';
import { toJson } from '../json';
import type { Customer } from '../schema';

export interface CustomerProfile {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
  tags: string[];
  points: number;
  timezone: string;
  locale: string;
  /** Membership tier key (issue 6); null below every tier. */
  tier: string | null;
  /** Keys of the badges the customer holds. */
  badges: string[];
  /** Customer value tier as the last refresh stored it (strategic … potential); null if never computed. */
  valueTier: string | null;
  /** Ids of the segments and lists the customer is a member of (as last refreshed). */
  segments: string[];
}

/**
 * Creates the customer or merges new traits into the existing profile (Segment identify).
 * Attributes merge key by key; timezone and locale change only when given.
 */
export async function upsertCustomer(
  db: Db,
  input: {
    workspaceId: string;
    externalId: string;
    traits?: Record<string, unknown>;
    timezone?: string;
    locale?: string;
  },
): Promise<Customer> {
  const traits = toJson(input.traits ?? {});
  return db
    .insertInto('customers')
    .values({
      workspaceId: input.workspaceId,
      externalId: input.externalId,
      attributes: traits,
      timezone: input.timezone ?? 'UTC',
      locale: input.locale ?? 'en',
      updatedAt: new Date(),
    })
    .onConflict((conflict) =>
      conflict.columns(['workspaceId', 'externalId']).doUpdateSet({
        attributes: sql<string>`customers.attributes || ${traits}::jsonb`,
        timezone: input.timezone === undefined ? sql<string>`customers.timezone` : input.timezone,
        locale: input.locale === undefined ? sql<string>`customers.locale` : input.locale,
        updatedAt: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findCustomerByExternalId(
  db: Db,
  workspaceId: string,
  externalId: string,
): Promise<Customer | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('externalId', '=', externalId)
    .executeTakeFirst();
}

/**
 * The customer with tags and points balance, as journey steps see them. `points` is the spendable
 * balance at `at`: lots past their expiry count as gone even before the expiry sweep writes them off.
 */
export async function loadCustomerProfile(
  db: Db,
  customerId: string,
  at: Date = new Date(),
): Promise<CustomerProfile | undefined> {
  const row = await db
    .selectFrom('customers')
    .select(['id', 'externalId', 'attributes', 'timezone', 'locale'])
    .select((eb) => [
      eb
        .selectFrom('customerTags')
        .select(sql<string[]>`coalesce(array_agg(tag order by tag), '{}')`.as('tags'))
        .whereRef('customerTags.customerId', '=', 'customers.id')
        .as('tags'),
      eb
        .selectFrom('pointsLedger')
        .select(
          sql<number>`(coalesce(sum(delta), 0) - coalesce(sum(coalesce(remaining, delta)) filter (where delta > 0 and expires_at <= ${at}), 0))::int`.as(
            'points',
          ),
        )
        .whereRef('pointsLedger.customerId', '=', 'customers.id')
        .as('points'),
      eb
        .selectFrom('customerTiers')
        .select('tierKey')
        .whereRef('customerTiers.customerId', '=', 'customers.id')
        .as('tier'),
      eb
        .selectFrom('badgeAwards')
        .innerJoin('badges', 'badges.id', 'badgeAwards.badgeId')
        .select(sql<string[]>`coalesce(array_agg(badges.key order by badges.key), '{}')`.as('badges'))
        .whereRef('badgeAwards.customerId', '=', 'customers.id')
        .as('badges'),
      eb
        .selectFrom('customerValueTiers')
        .select('tier')
        .whereRef('customerValueTiers.customerId', '=', 'customers.id')
        .as('valueTier'),
      eb
        .selectFrom('segmentMemberships')
        .select(sql<string[]>`coalesce(array_agg(segment_id::text order by segment_id), '{}')`.as('segments'))
        .whereRef('segmentMemberships.customerId', '=', 'customers.id')
        .as('segments'),
    ])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    tags: row.tags ?? [],
    points: row.points ?? 0,
    tier: row.tier ?? null,
    badges: row.badges ?? [],
    valueTier: row.valueTier ?? null,
    segments: row.segments ?? [],
  };
}

export async function addCustomerTags(
  db: Db,
  input: { workspaceId: string; customerId: string; tags: readonly string[]; source: string },
): Promise<void> {
  if (input.tags.length === 0) return;
  await db
    .insertInto('customerTags')
    .values(
      input.tags.map((tag) => ({
        workspaceId: input.workspaceId,
        customerId: input.customerId,
        tag,
        source: input.source,
      })),
    )
    .onConflict((conflict) => conflict.columns(['customerId', 'tag']).doNothing())
    .execute();
}

export async function removeCustomerTags(db: Db, customerId: string, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await db.deleteFrom('customerTags').where('customerId', '=', customerId).where('tag', 'in', tags).execute();
}

export async function setCustomerAttributes(
  db: Db,
  customerId: string,
  attributes: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('customers')
    .set({ attributes: sql<string>`attributes || ${toJson(attributes)}::jsonb`, updatedAt: new Date() })
    .where('id', '=', customerId)
    .execute();
}

/**
 * Tags a journey step visit added (not those the customer had already): rows with the step's
 * `source` written in the same transaction as the step's receipt, i.e. with the same `now()`.
 */
export async function listTagsAddedInStep(
  db: Db,
  input: { customerId: string; source: string; idempotencyKey: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('customerTags')
    .innerJoin('stepRuns', (join) =>
      join
        .on('stepRuns.idempotencyKey', '=', input.idempotencyKey)
        .onRef('stepRuns.completedAt', '=', 'customerTags.addedAt'),
    )
    .select('customerTags.tag')
    .where('customerTags.customerId', '=', input.customerId)
    .where('customerTags.source', '=', input.source)
    .orderBy('customerTags.tag')
    .execute();
  return rows.map((row) => row.tag);
}
