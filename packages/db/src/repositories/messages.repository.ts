import type { Db } from '../connect';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Message, MessagesTable } from '../schema';

/** A message to store; `idempotencyKey` is what makes a retried send store once. */
export type NewMessage = Insertable<MessagesTable>;

/** Stores a message once per idempotency key. */
export async function insertMessage(db: Db, message: NewMessage): Promise<{ id: string; duplicate: boolean }> {
  const inserted = await db
    .insertInto('messages')
    .values(message)
    .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, duplicate: false };
  const existing = await db
    .selectFrom('messages')
    .select('id')
    .where('idempotencyKey', '=', message.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

export async function listMessagesForCustomer(db: Db, customerId: string): Promise<Message[]> {
  return db.selectFrom('messages').selectAll().where('customerId', '=', customerId).orderBy('createdAt').execute();
}

/** The message of a step visit, by its idempotency key. */
export async function findMessageByKey(db: Db, idempotencyKey: string): Promise<Message | undefined> {
  return db.selectFrom('messages').selectAll().where('idempotencyKey', '=', idempotencyKey).executeTakeFirst();
}

/**
 * Serialises sends to one customer on one channel until the transaction ends, so a frequency
 * cap is counted and claimed atomically.
 */
export async function lockCustomerChannel(trx: Db, customerId: string, channel: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`send:${customerId}:${channel}`}, 0))`.execute(trx);
}

// Attempts that may have reached the customer count against caps and smart sending.
const reachedStatuses = ['sending', 'sent', 'unknown', 'retrying'] as const;

/** How many messages the customer got on a channel since `since`. */
export async function countRecentMessages(
  db: Db,
  query: { customerId: string; channel: string; since: Date },
): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('customerId', '=', query.customerId)
    .where('channel', '=', query.channel)
    .where('createdAt', '>=', query.since)
    .where('status', 'in', reachedStatuses)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Whether the customer got this template since `since` (smart sending). */
export async function sentTemplateSince(
  db: Db,
  query: { customerId: string; templateKey: string; since: Date },
): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('customerId', '=', query.customerId)
    .where('templateKey', '=', query.templateKey)
    .where('createdAt', '>=', query.since)
    .where('status', 'in', reachedStatuses)
    .executeTakeFirst();
  return row !== undefined;
}

/** What an attempt came to, written to the message of the step visit. */
export type MessageUpdate = Pick<
  Updateable<MessagesTable>,
  'status' | 'reason' | 'detail' | 'providerMessageId' | 'sentAt' | 'attempts'
>;

/** Updates the message of a step visit; returns it. */
export async function updateMessage(db: Db, idempotencyKey: string, update: MessageUpdate): Promise<Message> {
  return db
    .updateTable('messages')
    .set({ ...update, updatedAt: new Date() })
    .where('idempotencyKey', '=', idempotencyKey)
    .returningAll()
    .executeTakeFirstOrThrow();
}
