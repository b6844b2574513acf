import { sql, type Kysely } from 'kysely';

// Two things custom node types need. `step_calls`: the external call of a two-phase step, recorded
// before it goes out and after it answers, so a retry after a crash knows whether to repeat it (its
// row is deleted when the step's receipt commits). `workspace_secrets`: credentials a node package
// uses (an API token), sealed like channel credentials.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('step_calls')
    .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
    .addColumn('enrollment_id', 'uuid', (c) => c.notNull().references('enrollments.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('node_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('calling', 'returned', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('result', 'jsonb')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('returned_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('workspace_secrets')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`name ~ '^[a-z0-9][a-z0-9_.-]{0,99}$'`))
    /** A `v1:<iv>:<tag>:<ciphertext>` envelope, sealed with the workspace and name as context. */
    .addColumn('sealed_value', 'text', (c) => c.notNull().check(sql`sealed_value ~ '^v[0-9]+:'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('workspace_secrets_pk', ['workspace_id', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_secrets').ifExists().execute();
  await db.schema.dropTable('step_calls').ifExists().execute();
}
