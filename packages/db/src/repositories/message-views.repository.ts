// The integrators' read of what was sent: a workspace's messages, filtered, newest first, a keyset
// page at a time. Every query is scoped by workspace; a filter naming another workspace's journey or
// customer simply matches nothing.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { MessageStatus } from '../schema';
import type { CursorPage } from './customer-views.repository';
import { splitCursor } from './keyset-cursor';

/** One message as integrators read it: where it came from, to whom, and what became of it. */
export interface MessageView {
  id: string;
  journeyId: string | null;
  journeyName: string | null;
  stepId: string | null;
  customerId: string;
  externalId: string;
  channel: string;
  name: string;
  status: MessageStatus;
  /** Why it was skipped or failed (`no_address`, `template_error`, …), and the details. */
  reason: string | null;
  detail: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** What to list: every filter is optional; `from` is inclusive, `to` exclusive (on `createdAt`). */
export interface MessageViewQuery {
  journeyId?: string;
  stepId?: string;
  customerId?: string;
  externalId?: string;
  statuses?: readonly MessageStatus[];
  from?: Date;
  to?: Date;
  cursor?: string;
  limit: number;
}

/** The workspace's messages newest first (ties by id), `limit` a page after `cursor`. */
export async function listMessageViews(
  db: Db,
  workspaceId: string,
  input: MessageViewQuery,
): Promise<CursorPage<MessageView>> {
  let query = db
    .selectFrom('messages')
    .innerJoin('customers', 'customers.id', 'messages.customerId')
    .leftJoin('journeys', 'journeys.id', 'messages.journeyId')
    .select([
      'messages.id',
      'messages.journeyId',
      'journeys.name as journeyName',
      'messages.stepId',
      'messages.customerId',
      'customers.externalId',
      'messages.channel',
      'messages.name',
      'messages.status',
      'messages.reason',
      'messages.detail',
      'messages.createdAt',
      'messages.sentAt',
    ])
    .select(sql<string>`messages.created_at::text`.as('cursorAt'))
    .where('messages.workspaceId', '=', workspaceId);
  if (input.journeyId !== undefined) query = query.where('messages.journeyId', '=', input.journeyId);
  if (input.stepId !== undefined) query = query.where('messages.stepId', '=', input.stepId);
  if (input.customerId !== undefined) query = query.where('messages.customerId', '=', input.customerId);
  if (input.externalId !== undefined) query = query.where('customers.externalId', '=', input.externalId);
  if (input.statuses !== undefined && input.statuses.length > 0) {
    query = query.where('messages.status', 'in', input.statuses);
  }
  if (input.from !== undefined) query = query.where('messages.createdAt', '>=', input.from);
  if (input.to !== undefined) query = query.where('messages.createdAt', '<', input.to);
  const cursor = splitCursor(input.cursor);
  if (cursor !== null) {
    query = query.where(
      sql<boolean>`(messages.created_at, messages.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await query
    .orderBy('messages.createdAt', 'desc')
    .orderBy('messages.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  const items = rows.slice(0, input.limit).map((row): MessageView => ({
    id: row.id,
    journeyId: row.journeyId,
    journeyName: row.journeyName,
    stepId: row.stepId,
    customerId: row.customerId,
    externalId: row.externalId,
    channel: row.channel,
    name: row.name,
    status: row.status,
    reason: row.reason,
    detail: row.detail,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  }));
  const last = rows[input.limit - 1];
  return { items, nextCursor: rows.length > input.limit && last ? `${last.cursorAt}|${last.id}` : null };
}
