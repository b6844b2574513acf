import { sql, type Kysely } from 'kysely';

// Identities bound to customers, the record of merged profiles, and the LINE channel per workspace.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_identities')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('user_id', 'line', 'messenger', 'email', 'phone')`),
    )
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('customer_identities_pk', ['workspace_id', 'kind', 'value'])
    .execute();
  await db.schema.createIndex('customer_identities_customer').on('customer_identities').column('customer_id').execute();

  // No foreign keys: the merged customer is deleted, and the record must outlive it.
  await db.schema
    .createTable('customer_merges')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('survivor_id', 'uuid', (c) => c.notNull())
    .addColumn('merged_id', 'uuid', (c) => c.notNull())
    .addColumn('merged_external_id', 'text', (c) => c.notNull())
    .addColumn('merged_attributes', 'jsonb', (c) => c.notNull())
    .addColumn('moved', 'jsonb', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('customer_merges_survivor').on('customer_merges').column('survivor_id').execute();

  await db.schema
    .createTable('line_channels')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('channel_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['line_channels', 'customer_merges', 'customer_identities']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
