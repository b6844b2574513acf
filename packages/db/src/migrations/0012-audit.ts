import { sql, type Kysely } from 'kysely';

// Audit trail (issue 8): one row per successful tRPC mutation — who, when, which procedure, which
// entity, and a redacted diff. Rows are never updated; the list reads newest first per workspace.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('actor_type', 'text', (c) => c.notNull().check(sql`actor_type in ('user', 'api_key', 'system')`))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('diff', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('request_id', 'text')
    .execute();
  // Keyset pagination: (at, id) descending within a workspace; filters narrow that range.
  await db.schema.createIndex('audit_log_workspace_at').on('audit_log').columns(['workspace_id', 'at', 'id']).execute();
  await db.schema
    .createIndex('audit_log_workspace_entity')
    .on('audit_log')
    .columns(['workspace_id', 'entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
