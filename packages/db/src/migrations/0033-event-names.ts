import type { Kysely } from 'kysely';

// A workspace's events by name and time: the editor's event picker walks the distinct names and
// counts each one's recent events from the index alone, and rules on one event read only its rows.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('events_workspace_name_time')
    .on('events')
    .columns(['workspace_id', 'name', 'timestamp'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_workspace_name_time').execute();
}
