import type { Db } from '../connect';
import type { Insertable } from 'kysely';
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
