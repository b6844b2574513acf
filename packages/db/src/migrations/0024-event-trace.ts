import type { Kysely } from 'kysely';

// The W3C traceparent of the ingest request that stored an event: the router routes it after the
// answer, in the same trace, so one trace follows a customer's event from the request to the send.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').addColumn('trace_parent', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('trace_parent').execute();
}
