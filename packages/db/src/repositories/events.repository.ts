import type { Db } from '../connect';
import { toJson } from '../json';
import type { EventKind, EventRow } from '../schema';

export interface NewEvent {
  workspaceId: string;
  customerId: string;
  messageId: string;
  kind: EventKind;
  name: string;
  properties: Record<string, unknown>;
  timestamp: Date;
}

/** Stores an event once per (workspace, messageId); a repeat returns the stored row with `duplicate`. */
export async function insertEvent(db: Db, event: NewEvent): Promise<{ event: EventRow; duplicate: boolean }> {
  const inserted = await db
    .insertInto('events')
    .values({ ...event, properties: toJson(event.properties) })
    .onConflict((conflict) => conflict.columns(['workspaceId', 'messageId']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { event: inserted, duplicate: false };
  const existing = await db
    .selectFrom('events')
    .selectAll()
    .where('workspaceId', '=', event.workspaceId)
    .where('messageId', '=', event.messageId)
    .executeTakeFirstOrThrow();
  return { event: existing, duplicate: true };
}

/** Records that the event has started and signalled its journeys. */
export async function markEventRouted(db: Db, eventId: string): Promise<void> {
  await db.updateTable('events').set({ routedAt: new Date() }).where('id', '=', eventId).execute();
}

/**
 * When the customer last did one of `names` (a channel's inbound events: the reply window's start),
 * or undefined when never. Reads the `events_customer_time` index.
 */
export async function lastEventAt(db: Db, customerId: string, names: readonly string[]): Promise<Date | undefined> {
  if (names.length === 0) return undefined;
  const row = await db
    .selectFrom('events')
    .select('timestamp')
    .where('customerId', '=', customerId)
    .where('name', 'in', [...names])
    .orderBy('timestamp', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.timestamp;
}
