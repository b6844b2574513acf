import type { Kysely } from 'kysely';

// A customer's events by name and time: a rule on one event ("purchase at least twice in 30 days")
// counts each customer's matching events from the index alone, where `events_customer_time` made
// it fetch every recent event of the customer from the table to read its name (a segment refresh
// over 1M customers spent minutes on that).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('events_customer_name_time')
    .on('events')
    .columns(['customer_id', 'name', 'timestamp'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_customer_name_time').execute();
}
