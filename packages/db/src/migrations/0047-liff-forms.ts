import { sql, type Kysely } from 'kysely';

// LIFF forms: a form page opened inside LINE writes attributes and emits an event for the LINE user
// it identifies. `fields` is the form's field list (validated by the API). A phone number is proven
// with a one-time code before it becomes an identity: `phone_verifications` holds one row per code
// sent, its hash only, when it expires and how many wrong tries it took.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('liff_forms')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('liff_id', 'text', (c) => c.notNull())
    .addColumn('event_name', 'text', (c) => c.notNull())
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('liff_forms_workspace_name', ['workspace_id', 'name'])
    .execute();
  await db.schema
    .createTable('phone_verifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('form_id', 'uuid', (c) => c.notNull().references('liff_forms.id').onDelete('cascade'))
    .addColumn('line_user_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('verified_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('phone_verifications_lookup')
    .on('phone_verifications')
    .columns(['workspace_id', 'line_user_id', 'phone', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('phone_verifications').ifExists().execute();
  await db.schema.dropTable('liff_forms').ifExists().execute();
}
