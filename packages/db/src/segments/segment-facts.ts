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

const CHUNK = 1_000;

/** Stores the facts as track events `segment_entered` / `segment_exited` with `{ segmentId, segmentName }`. */
export async function recordSegmentFacts(trx: Db, facts: readonly SegmentFact[]): Promise<void> {
  for (let start = 0; start < facts.length; start += CHUNK) {
    const rows = facts.slice(start, start + CHUNK).map((fact) => ({
      workspaceId: fact.workspaceId,
      customerId: fact.customerId,
      // Unique per change: one customer enters or leaves one segment at most once per instant.
      messageId: `segment:${fact.segmentId}:${fact.customerId}:${fact.kind}:${fact.at.toISOString()}`,
      kind: 'track' as const,
      name: fact.kind === 'entered' ? SEGMENT_ENTERED_EVENT : SEGMENT_EXITED_EVENT,
      properties: JSON.stringify({ segmentId: fact.segmentId, segmentName: fact.segmentName }),
      timestamp: fact.at,
    }));
    await trx
      .insertInto('events')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['workspaceId', 'messageId']).doNothing())
      .execute();
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
