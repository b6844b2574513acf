import { sql, type Kysely } from 'kysely';

// A broadcast can reach every customer at the same wall-clock time in their own time zone. Its
// members then enter in waves, one per instant that time falls on; `waves` is fixed when the
// broadcast begins and `wave` is the one in progress (the cursor restarts with each wave).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('broadcasts')
    .addColumn('local_time', 'text', (c) => c.check(sql`local_time ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$'`))
    .addColumn('waves', 'jsonb')
    .addColumn('wave', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('broadcasts').dropColumn('local_time').dropColumn('waves').dropColumn('wave').execute();
}
