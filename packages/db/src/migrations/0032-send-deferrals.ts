import { sql, type Kysely } from 'kysely';

// A send the sending policy held back (quiet hours): one row per step visit, written when it is
// first deferred, so insight can count sends deferred by quiet hours as their own reason. The
// message row itself is written when the send is tried again.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('send_deferrals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('journey_id', 'uuid', (c) => c.notNull())
    .addColumn('enrollment_id', 'uuid', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('until', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('send_deferrals_journey_step')
    .on('send_deferrals')
    .columns(['journey_id', 'step_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('send_deferrals').execute();
}
