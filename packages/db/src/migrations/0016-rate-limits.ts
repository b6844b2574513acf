import { sql, type Kysely } from 'kysely';

// Rate limits shared by every API server process: one row per limited key and its current window.
// Rows are few (one per API key, signed-in session or client address that called recently) and
// expired ones are deleted as the server goes.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('resets_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`alter table rate_limit_windows set (fillfactor = 70)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
}
