import { sql, type Kysely } from 'kysely';

// Rate limits shared by every process: one row per limited key and its current window (API servers),
// and one row per channel whose sends are paced (workers).
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
  // Outbound send pacing: per channel, the time from which the next send slot is free. Workers take
  // blocks of slots from it, so all workers together send no faster than the channel's rate.
  await db.schema
    .createTable('send_slots')
    .addColumn('channel', 'text', (c) => c.primaryKey())
    .addColumn('next_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('send_slots').execute();
  await db.schema.dropTable('rate_limit_windows').execute();
}
