import { sql, type Kysely } from 'kysely';

// "Send a test to me": a marketer's test of a message through a connected channel. Kept apart from
// `messages` on purpose: frequency caps, smart sending and journey statistics all count `messages`,
// and a test must touch none of them. One row per click (its idempotency key), whatever the outcome.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('test_sends')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // The member (or API key) who asked for it.
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    // Whose address it went to, and whose data filled the variables (null: the member's own / sample data).
    .addColumn('recipient_customer_id', 'uuid', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('data_customer_id', 'uuid', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('address', 'text')
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sending', 'sent', 'failed', 'unknown')`))
    .addColumn('reason', 'text')
    .addColumn('detail', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('test_sends_workspace_created')
    .on('test_sends')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('test_sends').execute();
}
