import { sql, type Kysely } from 'kysely';

// Sending (issue 5): delivery attempts on `messages`, consent per channel, and the workspace's
// sending policy (quiet hours, frequency caps).

const statuses = `'queued', 'sending', 'sent', 'skipped', 'failed', 'unknown', 'retrying'`;

async function extendMessages(db: Kysely<unknown>): Promise<void> {
  await sql`alter table messages drop constraint if exists messages_status_check`.execute(db);
  await sql`alter table messages add constraint messages_status_check check (status in (${sql.raw(statuses)}))`.execute(
    db,
  );
  await db.schema
    .alterTable('messages')
    .addColumn('reason', 'text')
    .addColumn('detail', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('address', 'text')
    .addColumn('locale', 'text')
    .addColumn('template_key', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  // Frequency caps and smart sending count a customer's recent messages per channel / template.
  await db.schema
    .createIndex('messages_customer_channel')
    .on('messages')
    .columns(['customer_id', 'channel', 'created_at'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await extendMessages(db);
  await db.schema
    .createTable('channel_consents')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('line', 'email', 'sms', 'webhook')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('subscribed', 'unsubscribed')`))
    /** Where the answer came from: `line_webhook`, `unsubscribe_link`, `api`, … */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('channel_consents_pk', ['customer_id', 'channel'])
    .execute();
  await db.schema
    .createTable('messaging_settings')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('messaging_settings').ifExists().execute();
  await db.schema.dropTable('channel_consents').ifExists().execute();
  await db.schema.dropIndex('messages_customer_channel').ifExists().execute();
  await db.schema
    .alterTable('messages')
    .dropColumn('reason')
    .dropColumn('detail')
    .dropColumn('provider_message_id')
    .dropColumn('address')
    .dropColumn('locale')
    .dropColumn('template_key')
    .dropColumn('attempts')
    .dropColumn('updated_at')
    .dropColumn('sent_at')
    .execute();
}
