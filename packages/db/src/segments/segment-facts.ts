// Entering and leaving a segment are stored as events of the customer (shown on the timeline,
// routed like any tracked event), written in the membership change's own transaction so that no
// change is ever without its fact. Routing them afterwards is tracked by `routedAt`.
import { segmentEntered, segmentExited } from '@wayfarer/events';
import { sql } from 'kysely';
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
}

/** Facts per statement: one array parameter per column, however many rows. */
const CHUNK = 10_000;

/** The facts as one array per column (for `unnest`). */
function columnsOf(facts: readonly SegmentFact[]) {
  return {
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
  };
}

/**
 * Stores the facts as track events `segment_entered` / `segment_exited` with `{ segmentId,
 * segmentName }`, a chunk per statement (a refresh page's entries are thousands).
 */
export async function recordSegmentFacts(trx: Db, facts: readonly SegmentFact[]): Promise<void> {
  for (let start = 0; start < facts.length; start += CHUNK) {
    const c = columnsOf(facts.slice(start, start + CHUNK));
    await sql`insert into events (workspace_id, customer_id, message_id, kind, name, properties, timestamp)
      select f.workspace_id, f.customer_id, f.message_id, 'track', f.name,
        jsonb_build_object('segmentId', f.segment_id, 'segmentName', f.segment_name), f.at
      from unnest(${c.workspaceIds}::uuid[], ${c.customerIds}::uuid[], ${c.messageIds}::text[], ${c.names}::text[],
        ${c.segmentIds}::text[], ${c.segmentNames}::text[], ${c.ats}::timestamptz[])
        as f(workspace_id, customer_id, message_id, name, segment_id, segment_name, at)
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
