// Segments of a workspace: their definitions, live counts and previews of an (unsaved) rule, and
// their materialised members. Membership means `segmentRuleSql` everywhere (see segments/).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { SegmentDefinition, SegmentRule } from '@wayfarer/segments';
import type { Db } from '../connect';
import { DataError } from '../errors';
import { toJson } from '../json';
import { toSegmentRecord, type SegmentRecord } from '../segments/segment-records';
import { segmentRuleSql } from '../segments/segment-sql';
import { createWorkspaceCache } from '../workspace-cache';

export type { SegmentRecord } from '../segments/segment-records';
export {
  listActiveSegmentRecords,
  matchCustomerSegments,
  refreshCustomerMemberships,
  refreshSegmentMemberships,
  type CustomerMembershipChange,
  type MembershipChangeHook,
  type SegmentMembershipChange,
} from '../segments/segment-memberships';
export { refreshSegmentPage, SEGMENT_PAGE_SIZE, type SegmentPageResult } from '../segments/segment-pages';
export { segmentRuleSql, type CustomerRange } from '../segments/segment-sql';
export {
  listPendingSegmentFacts,
  listSegmentFactsAt,
  recordSegmentFacts,
  SEGMENT_ENTERED_EVENT,
  SEGMENT_EXITED_EVENT,
  type SegmentFact,
} from '../segments/segment-facts';

/** A segment in a list, with how many customers are in it now. */
export type SegmentListItem = SegmentRecord & { memberCount: number };

/** A customer shown in a rule's preview. */
export interface SegmentPreviewMember {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
}

const notFound = (id: string) => new DataError('not_found', `No segment ${id} in this workspace.`);

export async function createSegment(
  db: Db,
  workspaceId: string,
  definition: SegmentDefinition,
): Promise<SegmentRecord> {
  const row = await db
    .insertInto('segments')
    .values({
      workspaceId,
      name: definition.name,
      description: definition.description,
      rule: toJson(definition.rule),
      updatedAt: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  activeSegments.invalidate();
  return toSegmentRecord(row);
}

// Read by every ingested event; invalidated by creating and archiving (see workspace-cache.ts).
const activeSegments = createWorkspaceCache<boolean>();

/**
 * A static list: a segment whose members are written from files (lists.repository.ts). Its rule is
 * "member of this list", so every reader of segment rules (counts, refreshes, other rules) agrees.
 */
export async function createList(
  db: Db,
  workspaceId: string,
  definition: { name: string; description: string },
): Promise<SegmentRecord> {
  const id = randomUUID();
  const row = await db
    .insertInto('segments')
    .values({
      id,
      workspaceId,
      name: definition.name,
      description: definition.description,
      kind: 'list',
      rule: toJson({ type: 'list', listId: id, negate: false }),
      updatedAt: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  activeSegments.invalidate();
  return toSegmentRecord(row);
}

/**
 * Whether the workspace has a segment that is not archived; cached per process, so a segment
 * created by another process may go unseen for WORKSPACE_CACHE_TTL_MS. Lets ingest skip the
 * per-event segment refresh in workspaces that use no segments.
 */
export async function workspaceHasActiveSegments(db: Db, workspaceId: string): Promise<boolean> {
  return activeSegments.get(db, workspaceId, async () => {
    const row = await db
      .selectFrom('segments')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('archivedAt', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  });
}

/** The segment of `workspaceId` (archived ones too); `not_found` otherwise. */
export async function getSegment(db: Db, workspaceId: string, segmentId: string): Promise<SegmentRecord> {
  const row = await db
    .selectFrom('segments')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', segmentId)
    .executeTakeFirst();
  if (!row) throw notFound(segmentId);
  return toSegmentRecord(row);
}

/** Changes name, description and/or rule; an archived segment cannot change (`invalid_state`). */
export async function updateSegment(
  db: Db,
  workspaceId: string,
  segmentId: string,
  patch: Partial<SegmentDefinition>,
): Promise<SegmentRecord> {
  const current = await getSegment(db, workspaceId, segmentId);
  if (current.archivedAt !== null) throw new DataError('invalid_state', 'An archived segment cannot be changed.');
  if (current.kind === 'list' && patch.rule !== undefined) {
    throw new DataError('invalid_state', 'A list has no rule: its members come from files.');
  }
  const row = await db
    .updateTable('segments')
    .set({
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.description === undefined ? {} : { description: patch.description }),
      ...(patch.rule === undefined ? {} : { rule: toJson(patch.rule) }),
      updatedAt: new Date(),
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', segmentId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSegmentRecord(row);
}

/**
 * Archives the segment: it is no longer refreshed and its members stay as they were (no one is
 * reported as leaving, so journeys that exit on leaving it are not emptied). Archiving twice is a no-op.
 */
export async function archiveSegment(db: Db, workspaceId: string, segmentId: string): Promise<SegmentRecord> {
  const row = await db
    .updateTable('segments')
    .set({ archivedAt: sql<Date>`coalesce(archived_at, now())` })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', segmentId)
    .returningAll()
    .executeTakeFirst();
  activeSegments.invalidate();
  if (!row) throw notFound(segmentId);
  return toSegmentRecord(row);
}

/** Segments by name with their member counts; archived ones only when asked. */
export async function listSegments(
  db: Db,
  workspaceId: string,
  options: { includeArchived?: boolean } = {},
): Promise<SegmentListItem[]> {
  let query = db
    .selectFrom('segments')
    .selectAll('segments')
    .select((eb) =>
      eb
        .selectFrom('segmentMemberships')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('segmentMemberships.segmentId', '=', 'segments.id')
        .as('memberCount'),
    )
    .where('workspaceId', '=', workspaceId);
  if (options.includeArchived !== true) query = query.where('archivedAt', 'is', null);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(({ memberCount, ...row }) => ({ ...toSegmentRecord(row), memberCount: memberCount ?? 0 }));
}

/** How many customers of the workspace the rule matches at `now` (an unsaved rule's live count). */
export async function countSegmentRule(db: Db, workspaceId: string, rule: SegmentRule, now: Date): Promise<number> {
  const row = await db
    .selectFrom('customers')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('workspaceId', '=', workspaceId)
    .where(segmentRuleSql(rule, now))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** Up to `limit` customers the rule matches at `now`, newest first. */
export async function previewSegmentRule(
  db: Db,
  workspaceId: string,
  rule: SegmentRule,
  now: Date,
  limit: number,
): Promise<SegmentPreviewMember[]> {
  return db
    .selectFrom('customers')
    .select(['id', 'externalId', 'attributes'])
    .where('workspaceId', '=', workspaceId)
    .where(segmentRuleSql(rule, now))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * A page of the segment's current members (as last refreshed), in customer id order after
 * `after`. Broadcasts page through an audience with it: refresh first for an up-to-date one.
 */
export async function listSegmentMemberIds(
  db: Db,
  segmentId: string,
  page: { after?: string; limit: number },
): Promise<string[]> {
  let query = db.selectFrom('segmentMemberships').select('customerId').where('segmentId', '=', segmentId);
  if (page.after !== undefined) query = query.where('customerId', '>', page.after);
  const rows = await query.orderBy('customerId').limit(page.limit).execute();
  return rows.map((row) => row.customerId);
}
