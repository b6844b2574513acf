// Members of static lists, written from files: each change records its `segment_entered` /
// `segment_exited` fact in the same transaction, exactly like a rule segment's refresh, so the
// same triggers, exits and broadcasts work on lists (routing the facts is the caller's next step).
import { sql } from 'kysely';
import type { Db } from '../connect';
import { DataError } from '../errors';
import { recordSegmentFacts } from '../segments/segment-facts';
import type { SegmentRecord } from '../segments/segment-records';
import { getSegment } from './segments.repository';

/** The list of `workspaceId` (`not_found` for another workspace's, `invalid_state` for a rule segment). */
export async function getList(db: Db, workspaceId: string, listId: string): Promise<SegmentRecord> {
  const list = await getSegment(db, workspaceId, listId);
  if (list.kind !== 'list') {
    throw new DataError(
      'invalid_state',
      `"${list.name}" is a segment with a rule; only a list takes members from a file.`,
    );
  }
  if (list.archivedAt !== null) throw new DataError('invalid_state', `The list "${list.name}" is archived.`);
  return list;
}

function facts(list: SegmentRecord, customerIds: readonly string[], kind: 'entered' | 'exited', at: Date) {
  return customerIds.map((customerId) => ({
    workspaceId: list.workspaceId,
    customerId,
    segmentId: list.id,
    segmentName: list.name,
    kind,
    at,
  }));
}

/** Adds the customers to the list; returns those who were not on it (and now entered). */
export async function addListMembers(
  trx: Db,
  list: SegmentRecord,
  customerIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const entered = await sql<{ customerId: string }>`
    insert into segment_memberships (segment_id, customer_id, workspace_id, entered_at)
    select ${list.id}::uuid, c.id, ${list.workspaceId}::uuid, ${at}::timestamptz
    from unnest(${[...new Set(customerIds)]}::uuid[]) as c(id)
    on conflict (segment_id, customer_id) do nothing
    returning customer_id as "customerId"`.execute(trx);
  const ids = entered.rows.map((row) => row.customerId);
  await recordSegmentFacts(trx, facts(list, ids, 'entered', at));
  return ids;
}

/** Takes the customers off the list; returns those who were on it (and now left). */
export async function removeListMembers(
  trx: Db,
  list: SegmentRecord,
  customerIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (customerIds.length === 0) return [];
  const left = await trx
    .deleteFrom('segmentMemberships')
    .where('segmentId', '=', list.id)
    .where('customerId', '=', sql<string>`any(${[...customerIds]}::uuid[])`)
    .returning('customerId')
    .execute();
  const ids = left.map((row) => row.customerId);
  await recordSegmentFacts(trx, facts(list, ids, 'exited', at));
  return ids;
}

/**
 * Takes off the list, `limit` at a time, the members an import did not name (its keys
 * `customer:<id>`): the last step of replacing a list's members from a file. Returns who left;
 * an empty answer means nobody is left to remove.
 */
export async function removeListMembersNotIn(
  trx: Db,
  list: SegmentRecord,
  importId: string,
  at: Date,
  limit: number,
): Promise<string[]> {
  const stale = await sql<{ customerId: string }>`
    select m.customer_id as "customerId" from segment_memberships m
    where m.segment_id = ${list.id}::uuid
      and not exists (select 1 from customer_import_keys k
        where k.import_id = ${importId}::uuid and k.key = 'customer:' || m.customer_id::text)
    order by m.customer_id limit ${limit}`.execute(trx);
  return removeListMembers(
    trx,
    list,
    stale.rows.map((row) => row.customerId),
    at,
  );
}
