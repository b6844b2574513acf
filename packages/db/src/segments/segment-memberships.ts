// Materialised memberships brought up to date with the rules, as a diff. The diff is what actually
// changed in segment_memberships (insert … on conflict do nothing / delete … returning), so two
// refreshes racing each other report each entry and exit once.
import { sql } from 'kysely';
import type { Db } from '../connect';
import { refreshSegmentPage } from './segment-pages';
import { readSegmentRecord, type SegmentRecord } from './segment-records';
import { segmentRuleSql } from './segment-sql';

/** Writes facts about the change in the same transaction (the caller's outbox), e.g. events. */
export type MembershipChangeHook<T> = (trx: Db, change: T) => Promise<void>;

export interface CustomerMembershipChange {
  workspaceId: string;
  customerId: string;
  now: Date;
  entered: SegmentRecord[];
  left: SegmentRecord[];
}

export interface SegmentMembershipChange {
  segment: SegmentRecord;
  now: Date;
  entered: string[];
  left: string[];
}

async function lock(trx: Db, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

/** Active segments of the workspace whose rules parse (one broken rule must not stop the others). */
export async function listActiveSegmentRecords(db: Db, workspaceId: string): Promise<SegmentRecord[]> {
  const rows = await db
    .selectFrom('segments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('archivedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  return rows.map(readSegmentRecord).filter((segment) => segment !== undefined);
}

/** Whether the customer matches each segment's rule at `now` (in the order given). */
export async function matchCustomerSegments(
  trx: Db,
  customerId: string,
  segments: readonly SegmentRecord[],
  now: Date,
): Promise<boolean[]> {
  if (segments.length === 0) return [];
  const row = await trx
    .selectFrom('customers')
    .select(segments.map((segment, index) => segmentRuleSql(segment.rule, now).as(`m${index}`)))
    .where('id', '=', customerId)
    .executeTakeFirst();
  const values = (row ?? {}) as Record<string, boolean | undefined>;
  return segments.map((_segment, index) => values[`m${index}`] === true);
}

/**
 * Re-evaluates every active segment of the workspace for one customer and records the entries and
 * exits (segment ids). Serialised per customer, and evaluated inside the lock, so a refresh that
 * read older data can never undo a newer one.
 */
export async function refreshCustomerMemberships(
  db: Db,
  workspaceId: string,
  customerId: string,
  now: Date,
  onChange?: MembershipChangeHook<CustomerMembershipChange>,
): Promise<{ entered: string[]; left: string[] }> {
  // Most events change nothing here; a workspace without segments costs one query per event.
  if ((await listActiveSegmentRecords(db, workspaceId)).length === 0) return { entered: [], left: [] };
  return db.transaction().execute(async (trx) => {
    await lock(trx, `segments:customer:${customerId}`);
    const segments = await listActiveSegmentRecords(trx, workspaceId);
    const should = await matchCustomerSegments(trx, customerId, segments, now);
    const current = await trx
      .selectFrom('segmentMemberships')
      .select('segmentId')
      .where('customerId', '=', customerId)
      .execute();
    const isMember = new Set(current.map((row) => row.segmentId));
    const toEnter = segments.filter((segment, index) => should[index] === true && !isMember.has(segment.id));
    const toLeave = segments.filter((segment, index) => should[index] !== true && isMember.has(segment.id));
    const entered =
      toEnter.length === 0
        ? []
        : await trx
            .insertInto('segmentMemberships')
            .values(toEnter.map((segment) => ({ segmentId: segment.id, customerId, workspaceId, enteredAt: now })))
            .onConflict((conflict) => conflict.columns(['segmentId', 'customerId']).doNothing())
            .returning('segmentId')
            .execute();
    const left =
      toLeave.length === 0
        ? []
        : await trx
            .deleteFrom('segmentMemberships')
            .where('customerId', '=', customerId)
            .where(
              'segmentId',
              'in',
              toLeave.map((segment) => segment.id),
            )
            .returning('segmentId')
            .execute();
    const change: CustomerMembershipChange = {
      workspaceId,
      customerId,
      now,
      entered: toEnter.filter((segment) => entered.some((row) => row.segmentId === segment.id)),
      left: toLeave.filter((segment) => left.some((row) => row.segmentId === segment.id)),
    };
    if (onChange && (change.entered.length > 0 || change.left.length > 0)) await onChange(trx, change);
    return { entered: change.entered.map((segment) => segment.id), left: change.left.map((segment) => segment.id) };
  });
}

/**
 * Brings one segment's memberships up to date with its rule for every customer of its workspace,
 * page after page (see {@link refreshSegmentPage}), and returns the customer ids that entered and
 * left. An archived segment keeps its memberships as they were and changes nothing.
 */
export async function refreshSegmentMemberships(
  db: Db,
  segmentId: string,
  now: Date,
  onChange?: MembershipChangeHook<SegmentMembershipChange>,
): Promise<{ entered: string[]; left: string[] }> {
  const diff = { entered: [] as string[], left: [] as string[] };
  for (let after: string | null = null, done = false; !done;) {
    const page = await refreshSegmentPage(db, segmentId, now, { after }, onChange);
    diff.entered.push(...page.entered);
    diff.left.push(...page.left);
    ({ last: after, done } = page);
  }
  return diff;
}
