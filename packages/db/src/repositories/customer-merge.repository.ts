import { sql } from 'kysely';
import type { Db } from '../connect';
import { toJson } from '../json';
import type { CustomerMerge } from '../schema';

/** External ids of customers known only by a channel identity start with this (`anon:line:U…`). */
export const ANONYMOUS_EXTERNAL_ID_PREFIX = 'anon:';

// Tables whose rows simply change hands; tags need care (one row per customer and tag).
const movedTables = [
  'events',
  'pointsLedger',
  'messages',
  'enrollments',
  'customerIdentities',
  'coupons',
  'lotteryDraws',
  'customerTierHistory',
  // A link already shared keeps crediting the person it belongs to.
  'referralLinks',
] as const;

/**
 * Tables with at most one row per customer (and key): the merged row moves only where the survivor
 * has none, so the survivor's own badge, streak or tier stands.
 */
const keyedTables = [
  { table: 'badge_awards', key: 'badge_id' },
  { table: 'streaks', key: 'streak_key' },
  { table: 'customer_tiers', key: null },
  { table: 'customer_value_tiers', key: null },
  // A friend joins through one link at most: the survivor's referral stands.
  { table: 'referrals', key: null },
] as const;

async function moveKeyedRows(trx: Db, survivorId: string, mergedId: string): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const { table, key } of keyedTables) {
    const sameKey = key === null ? sql`` : sql`and s.${sql.ref(key)} = m.${sql.ref(key)}`;
    const result = await sql`
      update ${sql.table(table)} as m set customer_id = ${survivorId}
      where m.customer_id = ${mergedId}
        and not exists (select 1 from ${sql.table(table)} as s where s.customer_id = ${survivorId} ${sameKey})`.execute(
      trx,
    );
    moved[table] = Number(result.numAffectedRows ?? 0);
  }
  return moved;
}

async function moveTags(trx: Db, survivorId: string, mergedId: string): Promise<number> {
  // A tag both carry keeps the earliest `added_at`; the merged copy goes with the merged row.
  await sql`
    update customer_tags as s set added_at = m.added_at
    from customer_tags as m
    where s.customer_id = ${survivorId} and m.customer_id = ${mergedId}
      and m.tag = s.tag and m.added_at < s.added_at`.execute(trx);
  const moved = await trx
    .updateTable('customerTags')
    .set({ customerId: survivorId })
    .where('customerId', '=', mergedId)
    .where((eb) =>
      eb('tag', 'not in', eb.selectFrom('customerTags as s').select('s.tag').where('s.customerId', '=', survivorId)),
    )
    .executeTakeFirst();
  return Number(moved.numUpdatedRows);
}

/**
 * Merges customer `mergedId` into `survivorId`: moves its events, tags, points, messages,
 * enrollments, identities and rewards (coupons, draws, badges, streaks, tiers the survivor lacks), fills in attributes the survivor lacks (the survivor's win), keeps
 * the merged external id as a `user_id` identity, records the merge and deletes the merged row.
 * Run it inside a transaction: a half-done merge would lose data through the cascading delete.
 */
export async function mergeCustomers(
  trx: Db,
  input: { workspaceId: string; survivorId: string; mergedId: string },
): Promise<CustomerMerge> {
  const { workspaceId, survivorId, mergedId } = input;
  const merged = await trx
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', mergedId)
    .where('workspaceId', '=', workspaceId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const moved: Record<string, number> = {
    customerTags: await moveTags(trx, survivorId, mergedId),
    ...(await moveKeyedRows(trx, survivorId, mergedId)),
  };
  for (const table of movedTables) {
    const result = await trx
      .updateTable(table)
      .set({ customerId: survivorId })
      .where('customerId', '=', mergedId)
      .executeTakeFirst();
    moved[table] = Number(result.numUpdatedRows);
  }
  await trx
    .updateTable('customers')
    .set({ attributes: sql<string>`${toJson(merged.attributes)}::jsonb || attributes`, updatedAt: new Date() })
    .where('id', '=', survivorId)
    .execute();
  if (!merged.externalId.startsWith(ANONYMOUS_EXTERNAL_ID_PREFIX)) {
    await trx
      .insertInto('customerIdentities')
      .values({ workspaceId, customerId: survivorId, kind: 'user_id', value: merged.externalId })
      .onConflict((conflict) =>
        conflict.columns(['workspaceId', 'kind', 'value']).doUpdateSet({ customerId: survivorId }),
      )
      .execute();
  }
  const record = await trx
    .insertInto('customerMerges')
    .values({
      workspaceId,
      survivorId,
      mergedId,
      mergedExternalId: merged.externalId,
      mergedAttributes: toJson(merged.attributes),
      moved: toJson(moved),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('customers').where('id', '=', mergedId).execute();
  return record;
}

/** Merges recorded with this survivor, oldest first. */
export async function listCustomerMerges(db: Db, survivorId: string): Promise<CustomerMerge[]> {
  return db.selectFrom('customerMerges').selectAll().where('survivorId', '=', survivorId).orderBy('at').execute();
}
