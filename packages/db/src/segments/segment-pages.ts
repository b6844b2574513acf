// One page of a segment's refresh: the rule evaluated for the next `limit` customers of the
// workspace in id order, in one short transaction. A refresh of millions of customers is then many
// small transactions that can stop anywhere and resume after the last page it finished.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { MembershipChangeHook, SegmentMembershipChange } from './segment-memberships';
import { toSegmentRecord, type SegmentRecord } from './segment-records';
import { segmentRuleSql } from './segment-sql';

/** Customers evaluated per transaction. */
export const SEGMENT_PAGE_SIZE = 5_000;

export interface SegmentPageResult {
  entered: string[];
  left: string[];
  /** Every customer this page evaluated, in id order. */
  customerIds: string[];
  /** The last customer id of this page: the next page starts after it (null: no customer was left). */
  last: string | null;
  /** No customers after this page: the refresh is complete and `refreshed_at` is set. */
  done: boolean;
}

async function lock(trx: Db, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/**
 * Customers of the segment's workspace with ids in (`from`, `to`]: entries and exits, as changed.
 * Exits first, so the rule is evaluated again only for those who were members before, not also
 * for those this page just entered.
 */
async function evaluateRange(
  trx: Db,
  segment: SegmentRecord,
  now: Date,
  range: { from: string | null; to: string },
): Promise<{ entered: string[]; left: string[] }> {
  const member = segmentRuleSql(segment.rule, now, { after: range.from, through: range.to });
  const left = await trx
    .deleteFrom('segmentMemberships')
    .where('segmentId', '=', segment.id)
    .$if(range.from !== null, (query) => query.where('customerId', '>', range.from ?? ''))
    .where('customerId', '<=', range.to)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('customers')
            .select('customers.id')
            .whereRef('customers.id', '=', 'segmentMemberships.customerId')
            .where(member),
        ),
      ),
    )
    .returning('customerId')
    .execute();
  const entered = await trx
    .insertInto('segmentMemberships')
    .columns(['segmentId', 'customerId', 'workspaceId', 'enteredAt'])
    .expression((eb) =>
      eb
        .selectFrom('customers')
        .select([
          sql<string>`${segment.id}::uuid`.as('segmentId'),
          'id',
          'workspaceId',
          sql<Date>`${now}::timestamptz`.as('enteredAt'),
        ])
        .where('workspaceId', '=', segment.workspaceId)
        .$if(range.from !== null, (query) => query.where('id', '>', range.from ?? ''))
        .where('id', '<=', range.to)
        .where(member),
    )
    .onConflict((conflict) => conflict.columns(['segmentId', 'customerId']).doNothing())
    .returning('customerId')
    .execute();
  return {
    entered: entered.map((entry) => entry.customerId).sort(),
    left: left.map((entry) => entry.customerId).sort(),
  };
}

/**
 * Brings the memberships of the workspace's customers with ids after `page.after` (the first
 * `page.limit` of them) up to date with the segment's rule, and records who entered and left
 * (`onChange`, in the same transaction). Idempotent: the diff is what actually changed (insert …
 * on conflict do nothing / delete … returning), so repeating a page reports nothing twice.
 */
export async function refreshSegmentPage(
  db: Db,
  segmentId: string,
  now: Date,
  page: { after: string | null; limit?: number },
  onChange?: MembershipChangeHook<SegmentMembershipChange>,
): Promise<SegmentPageResult> {
  const limit = page.limit ?? SEGMENT_PAGE_SIZE;
  return db.transaction().execute(async (trx) => {
    await lock(trx, `segments:segment:${segmentId}`);
    const row = await trx.selectFrom('segments').selectAll().where('id', '=', segmentId).executeTakeFirst();
    if (!row || row.archivedAt !== null) return { entered: [], left: [], customerIds: [], last: null, done: true };
    const segment = toSegmentRecord(row);
    const ids = await trx
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', segment.workspaceId)
      .$if(page.after !== null, (query) => query.where('id', '>', page.after ?? ''))
      .orderBy('id')
      .limit(limit)
      .execute();
    const last = ids.at(-1)?.id ?? null;
    const done = ids.length < limit;
    const diff =
      last === null
        ? { entered: [], left: [] }
        : await evaluateRange(trx, segment, now, { from: page.after, to: last });
    if (onChange && (diff.entered.length > 0 || diff.left.length > 0)) await onChange(trx, { segment, now, ...diff });
    if (done) await trx.updateTable('segments').set({ refreshedAt: now }).where('id', '=', segmentId).execute();
    return { ...diff, customerIds: ids.map((customer) => customer.id), last, done };
  });
}
