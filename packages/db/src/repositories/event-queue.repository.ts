import { sql } from 'kysely';
import type { Db } from '../connect';
import { toJson } from '../json';
import type { EventKind, EventRow } from '../schema';

// Events the ingest API stores for the server's router (see migration 0014): stored in one
// statement, claimed in the order received with FOR UPDATE SKIP LOCKED (so router loops of several
// server processes share the work) under a lease, and marked routed once done.

export interface QueuedEvent {
  workspaceId: string;
  customerId: string;
  messageId: string;
  kind: EventKind;
  name: string;
  properties: Record<string, unknown>;
  timestamp: Date;
  traceParent?: string | null;
}

/** The stored event id per messageId, for those of `messageIds` the workspace already has. */
export async function findEventIdsByMessageId(
  db: Db,
  workspaceId: string,
  messageIds: readonly string[],
): Promise<Map<string, string>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('events')
    .select(['id', 'messageId'])
    .where('workspaceId', '=', workspaceId)
    .where('messageId', '=', sql<string>`any(${[...messageIds]}::text[])`)
    .execute();
  return new Map(rows.map((row) => [row.messageId, row.id]));
}

/**
 * Stores events for the router, in the given order, in one statement. Returns the new event per
 * messageId; a messageId the workspace already had (a concurrent repeat) is left out. With
 * `leaseMs` they are stored claimed for that long, by the caller's router (see claimDueEvents).
 */
export async function insertQueuedEvents(
  db: Db,
  events: readonly QueuedEvent[],
  options: { leaseMs?: number | undefined } = {},
): Promise<Map<string, EventRow>> {
  if (events.length === 0) return new Map();
  const dueAt =
    options.leaseMs === undefined
      ? sql<Date>`now()`
      : sql<Date>`now() + ${`${options.leaseMs} milliseconds`}::interval`;
  const rows = await db
    .insertInto('events')
    .values(
      events.map((event) => ({
        ...event,
        properties: toJson(event.properties),
        routeSeq: sql<string>`nextval('events_route_seq')`,
        routeDueAt: dueAt,
      })),
    )
    .onConflict((conflict) => conflict.columns(['workspaceId', 'messageId']).doNothing())
    .returningAll()
    .execute();
  return new Map(rows.map((row) => [row.messageId, row]));
}

/**
 * Claims up to `limit` due events, oldest first, for `leaseMs`: another router skips them until the
 * lease ends, so one that crashed mid-way hands its events on instead of losing them.
 */
export async function claimDueEvents(db: Db, options: { limit: number; leaseMs: number }): Promise<EventRow[]> {
  const due = db
    .selectFrom('events')
    .select('id')
    .where('routedAt', 'is', null)
    .where('routeDueAt', 'is not', null)
    .where('routeDueAt', '<=', sql<Date>`now()`)
    .orderBy('routeSeq')
    .limit(options.limit)
    .forUpdate()
    .skipLocked();
  const claimed = await db
    .updateTable('events')
    .set({ routeDueAt: sql<Date>`now() + ${`${options.leaseMs} milliseconds`}::interval` })
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return claimed.sort((a, b) => Number(a.routeSeq) - Number(b.routeSeq));
}

/** Records that these events started and signalled their journeys. */
export async function markEventsRouted(db: Db, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  await db
    .updateTable('events')
    .set({ routedAt: new Date() })
    .where('id', '=', sql<string>`any(${[...eventIds]}::uuid[])`)
    .execute();
}
