// Bulk sends (a broadcast's LINE multicast): the sending policy's facts for a batch of customers in
// a few statements, the batch's message rows written at once, and the rows of one bulk request
// read back and settled together. Single sends use messages.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Message } from '../schema';
import type { NewMessage } from './messages.repository';

/** What the sending policy reads about one customer of a bulk send (see gatherPolicyFacts in delivery). */
export interface BulkPolicyRow {
  customerId: string;
  consent: 'subscribed' | 'unsubscribed' | undefined;
  /** The customer's address of the channel's identity kind; undefined when they have none. */
  address: string | undefined;
  timezone: string;
  sentInWindow: number;
  templateSentRecently: boolean;
}

export interface BulkPolicyQuery {
  customerIds: readonly string[];
  channel: string;
  identityKind: string;
  /** Start of the frequency cap's window; none when the channel has no cap. */
  capSince?: Date | undefined;
  /** Smart sending: the template and the start of its window. */
  template?: { key: string; since: Date } | undefined;
}

// Attempts that may have reached the customer count against caps and smart sending (as messages.repository.ts).
const reached = sql`('sending', 'sent', 'unknown', 'retrying')`;

/** The policy facts of every customer in `customerIds`, in that order. */
export async function readBulkPolicyFacts(db: Db, query: BulkPolicyQuery): Promise<BulkPolicyRow[]> {
  if (query.customerIds.length === 0) return [];
  const ids = sql`${[...query.customerIds]}::uuid[]`;
  const { rows } = await sql<{
    customerId: string;
    consent: 'subscribed' | 'unsubscribed' | null;
    address: string | null;
    timezone: string | null;
    sentInWindow: string;
    templateSent: boolean;
  }>`
    select c.id as "customer_id", cc.status as consent, i.value as address, c.timezone,
      ${
        query.capSince === undefined
          ? sql`0`
          : sql`(select count(*) from messages m where m.customer_id = c.id and m.channel = ${query.channel}
              and m.created_at >= ${query.capSince} and m.status in ${reached})`
      } as "sent_in_window",
      ${
        query.template === undefined
          ? sql`false`
          : sql`exists (select 1 from messages m where m.customer_id = c.id and m.template_key = ${query.template.key}
              and m.created_at >= ${query.template.since} and m.status in ${reached})`
      } as "template_sent"
    from unnest(${ids}) with ordinality as input(id, ord)
    join customers c on c.id = input.id
    left join channel_consents cc on cc.customer_id = c.id and cc.channel = ${query.channel}
    left join lateral (select max(value) as value from customer_identities ci
      where ci.customer_id = c.id and ci.kind = ${query.identityKind}) i on true
    order by input.ord`.execute(db);
  return rows.map((row) => ({
    customerId: row.customerId,
    consent: row.consent ?? undefined,
    address: row.address ?? undefined,
    timezone: row.timezone ?? 'UTC',
    sentInWindow: Number(row.sentInWindow),
    templateSentRecently: row.templateSent,
  }));
}

/** Serialises sends to these customers on the channel until the transaction ends (lockCustomerChannel, for many). */
export async function lockCustomersChannel(trx: Db, customerIds: readonly string[], channel: string): Promise<void> {
  if (customerIds.length === 0) return;
  // One order for everyone, so two bulk sends over the same customers cannot deadlock.
  const keys = [...customerIds].sort().map((id) => `send:${id}:${channel}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(${keys}::text[]) as k`.execute(trx);
}

/** Writes a bulk send's rows and returns those written; a row whose key exists already is left as it is. */
export async function insertBulkMessages(db: Db, rows: readonly NewMessage[]): Promise<Message[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('messages')
    .values([...rows])
    .onConflict((conflict) => conflict.column('idempotencyKey').doNothing())
    .returningAll()
    .execute();
}

/** Another attempt at one bulk request: its open rows are `sending` again, one attempt more. */
export async function retryBulkMessages(db: Db, bulkKey: string): Promise<Message[]> {
  return db
    .updateTable('messages')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updatedAt: new Date() }))
    .where('bulkKey', '=', bulkKey)
    .where('status', 'in', ['sending', 'retrying'])
    .returningAll()
    .execute();
}

/** The messages of one step visit key each (`idempotencyKeys`) that exist. */
export async function findMessagesByKeys(db: Db, idempotencyKeys: readonly string[]): Promise<Message[]> {
  if (idempotencyKeys.length === 0) return [];
  return db
    .selectFrom('messages')
    .selectAll()
    .where('idempotencyKey', 'in', [...idempotencyKeys])
    .execute();
}

/** Settles every row of one bulk request still open (sending, retrying) as the provider answered. */
export async function settleBulkMessages(
  db: Db,
  bulkKey: string,
  update:
    | { status: 'sent'; providerMessageId: string }
    | { status: 'failed' | 'retrying' | 'unknown'; reason: string; detail: string },
): Promise<number> {
  const now = new Date();
  const set =
    update.status === 'sent'
      ? {
          status: 'sent' as const,
          providerMessageId: update.providerMessageId,
          sentAt: now,
          reason: null,
          detail: null,
        }
      : { status: update.status, reason: update.reason, detail: update.detail };
  const result = await db
    .updateTable('messages')
    .set({ ...set, updatedAt: now })
    .where('bulkKey', '=', bulkKey)
    .where('status', 'in', ['sending', 'retrying'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
