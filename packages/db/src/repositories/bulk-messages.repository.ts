// Bulk sends (a broadcast's LINE multicast): the sending policy's facts for a batch of customers in
// a few statements, the batch's message rows written at once, and the rows of one bulk request
// read back and settled together. Single sends use messages.repository.ts.
import { sql } from 'kysely';
import type { Db } from '../connect';
import type { Message } from '../schema';

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

/**
 * Joined into a statement, lets its transaction's commit return before the WAL is on disk
 * (synchronous_commit off, as skipCommitFlush) without a round trip of its own. Bulk writes are
 * safe to lose in a crash: the request is made again under its retry key, which LINE answers 409.
 */
const noCommitFlush = sql`(select set_config('synchronous_commit', 'off', true)) as no_commit_flush`;

/**
 * Serialises sends to these customers on the channel until the transaction ends (lockCustomerChannel,
 * for many); the transaction's commit is not waited onto disk (noCommitFlush).
 */
export async function lockCustomersChannel(trx: Db, customerIds: readonly string[], channel: string): Promise<void> {
  if (customerIds.length === 0) return;
  // One order for everyone, so two bulk sends over the same customers cannot deadlock.
  const keys = [...customerIds].sort().map((id) => `send:${id}:${channel}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0))
    from unnest(${keys}::text[]) with ordinality as key(k, ord), ${noCommitFlush} order by ord`.execute(trx);
}

/** What is the same in every row of a bulk send: the message, its journey step and template. */
export interface BulkMessageShared {
  workspaceId: string;
  journeyId: string;
  stepId: string;
  channel: string;
  name: string;
  subject: string | null;
  body: string;
  locale: string;
  templateKey: string;
}

/** One recipient's row of a bulk send: their step visit's key and the request they go out in. */
export interface BulkMessageRecipient {
  customerId: string;
  enrollmentId: string;
  idempotencyKey: string;
  address: string;
  bulkKey: string;
}

/** The columns a bulk send reads back to make, repeat or settle its requests. */
export type BulkMessage = Pick<
  Message,
  'id' | 'customerId' | 'bulkKey' | 'status' | 'address' | 'attempts' | 'createdAt' | 'reason' | 'detail'
>;

const bulkColumns = sql`id, customer_id, bulk_key, status, address, attempts, created_at, reason, detail`;

/**
 * Writes a bulk send's rows, `sending` on their first attempt, in one statement of arrays (a few
 * parameters whatever the count), and returns those written; a row whose key exists is left as it is.
 */
export async function insertBulkMessages(
  db: Db,
  shared: BulkMessageShared,
  recipients: readonly BulkMessageRecipient[],
): Promise<BulkMessage[]> {
  if (recipients.length === 0) return [];
  const column = <K extends keyof BulkMessageRecipient>(key: K) => recipients.map((recipient) => recipient[key]);
  const { rows } = await sql<BulkMessage>`
    insert into messages (workspace_id, customer_id, journey_id, enrollment_id, step_id, channel, name, subject,
      body, status, idempotency_key, address, locale, template_key, attempts, bulk_key)
    select ${shared.workspaceId}::uuid, r.customer_id, ${shared.journeyId}::uuid, r.enrollment_id, ${shared.stepId},
      ${shared.channel}, ${shared.name}, ${shared.subject}, ${shared.body}, 'sending', r.key, r.address,
      ${shared.locale}, ${shared.templateKey}, 1, r.bulk_key
    from unnest(${column('customerId')}::uuid[], ${column('enrollmentId')}::uuid[], ${column('idempotencyKey')}::text[],
      ${column('address')}::text[], ${column('bulkKey')}::text[]) as r(customer_id, enrollment_id, key, address, bulk_key)
    on conflict (idempotency_key) do nothing
    returning ${bulkColumns}`.execute(db);
  return rows;
}

/** Another attempt at one bulk request: its open rows are `sending` again, one attempt more. */
export async function retryBulkMessages(db: Db, bulkKey: string): Promise<BulkMessage[]> {
  return db
    .updateTable('messages')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updatedAt: new Date() }))
    .where('bulkKey', '=', bulkKey)
    .where('status', 'in', ['sending', 'retrying'])
    .returning(['id', 'customerId', 'bulkKey', 'status', 'address', 'attempts', 'createdAt', 'reason', 'detail'])
    .execute();
}

/** The messages of one step visit key each (`idempotencyKeys`) that exist. */
export async function findMessagesByKeys(db: Db, idempotencyKeys: readonly string[]): Promise<BulkMessage[]> {
  if (idempotencyKeys.length === 0) return [];
  const { rows } = await sql<BulkMessage>`select ${bulkColumns} from messages
    where idempotency_key = any(${[...idempotencyKeys]}::text[])`.execute(db);
  return rows;
}

/** Settles every row of one bulk request still open (sending, retrying) as the provider answered. */
export async function settleBulkMessages(
  db: Db,
  bulkKey: string,
  update:
    | { status: 'sent'; providerMessageId: string }
    | { status: 'failed' | 'retrying' | 'unknown'; reason: string; detail: string },
): Promise<number> {
  const sent = update.status === 'sent';
  // Not waited onto disk (noCommitFlush): a settlement lost to a crash leaves the rows open, and the
  // request is made again under its retry key, which LINE answers 409 (sent).
  const result = await sql`update messages set status = ${update.status}, updated_at = now(),
      provider_message_id = ${sent ? update.providerMessageId : null},
      sent_at = ${sent ? sql`now()` : null},
      reason = ${sent ? null : update.reason}, detail = ${sent ? null : update.detail}
    from ${noCommitFlush}
    where bulk_key = ${bulkKey} and status in ('sending', 'retrying')`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
