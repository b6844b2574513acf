// Entering and leaving a segment are stored as events of the customer (shown on the timeline,
// routed like any tracked event), written in the membership change's own transaction so that no
// change is ever without its fact. Routing them afterwards is tracked by `routedAt`; a fact nothing
// would act on (no journey it enters or signals, no rich menu rule) is stored already routed.
import { segmentEntered, segmentExited } from '@wayfarer/events';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../connect';
import type { EventRow } from '../schema';

export const SEGMENT_ENTERED_EVENT = segmentEntered.name;
export const SEGMENT_EXITED_EVENT = segmentExited.name;

export interface SegmentFact {
  workspaceId: string;
  customerId: string;
  segmentId: string;
  segmentName: string;
  kind: 'entered' | 'exited';
  at: Date;
  /** Nothing would act on it: stored routed, so no one routes it afterwards. */
  routed?: boolean;
}

/** Facts per statement: one array parameter per column, however many rows. */
const CHUNK = 10_000;

/** The facts as one array per column (for `unnest`). */
function columnsOf(facts: readonly SegmentFact[]) {
  return {
    // Time-ordered ids (UUIDv7): a refresh's thousands of facts extend one end of the primary key
    // instead of touching (and writing to the WAL) a random page of it each.
    ids: facts.map(() => uuidv7()),
    workspaceIds: facts.map((fact) => fact.workspaceId),
    customerIds: facts.map((fact) => fact.customerId),
    // Unique per change: one customer enters or leaves one segment at most once per instant.
    messageIds: facts.map(
      (fact) => `segment:${fact.segmentId}:${fact.customerId}:${fact.kind}:${fact.at.toISOString()}`,
    ),
    names: facts.map((fact) => (fact.kind === 'entered' ? SEGMENT_ENTERED_EVENT : SEGMENT_EXITED_EVENT)),
    segmentIds: facts.map((fact) => fact.segmentId),
    segmentNames: facts.map((fact) => fact.segmentName),
    ats: facts.map((fact) => fact.at.toISOString()),
    routed: facts.map((fact) => fact.routed === true),
  };
}

/**
 * Stores the facts as track events `segment_entered` / `segment_exited` with `{ segmentId,
 * segmentName }`, a chunk per statement (a refresh page's entries are thousands).
 */
export async function recordSegmentFacts(trx: Db, facts: readonly SegmentFact[]): Promise<void> {
  for (let start = 0; start < facts.length; start += CHUNK) {
    const c = columnsOf(facts.slice(start, start + CHUNK));
    await sql`insert into events (id, workspace_id, customer_id, message_id, kind, name, properties, timestamp, routed_at)
      select f.id, f.workspace_id, f.customer_id, f.message_id, 'track', f.name,
        jsonb_build_object('segmentId', f.segment_id, 'segmentName', f.segment_name), f.at,
        case when f.routed then now() end
      from unnest(${c.ids}::uuid[], ${c.workspaceIds}::uuid[], ${c.customerIds}::uuid[], ${c.messageIds}::text[], ${c.names}::text[],
        ${c.segmentIds}::text[], ${c.segmentNames}::text[], ${c.ats}::timestamptz[], ${c.routed}::boolean[])
        as f(id, workspace_id, customer_id, message_id, name, segment_id, segment_name, at, routed)
      on conflict (workspace_id, message_id) do nothing`.execute(trx);
  }
}

/** The customers' segment facts not yet routed, oldest first (so an exit never overtakes its entry). */
export async function listPendingSegmentFacts(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<EventRow[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('events')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('customerId', '=', sql<string>`any(${[...customerIds]}::uuid[])`)
    .where('name', 'in', [SEGMENT_ENTERED_EVENT, SEGMENT_EXITED_EVENT])
    .where('routedAt', 'is', null)
    .orderBy('timestamp')
    .orderBy('receivedAt')
    .execute();
}

/**
 * The segment's facts stored at `at` (one refresh's clock) for these customers, routed or not: a
 * page redone after a crash finds the entries and exits its first attempt already stored.
 */
export async function listSegmentFactsAt(
  db: Db,
  segmentId: string,
  at: Date,
  customerIds: readonly string[],
): Promise<Pick<EventRow, 'customerId' | 'name'>[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectFrom('events')
    .select(['customerId', 'name'])
    .where('customerId', '=', sql<string>`any(${[...customerIds]}::uuid[])`)
    .where('name', 'in', [SEGMENT_ENTERED_EVENT, SEGMENT_EXITED_EVENT])
    .where('timestamp', '=', at)
    .where(sql<boolean>`properties ->> 'segmentId' = ${segmentId}`)
    .execute();
}
