import type { Kysely } from 'kysely';

// Journey analytics (issue 7): reads that scan one journey's step events and enrollments.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Per-journey ranges (stats, CSV) and the live view's change marker, max(id) of a journey.
  await db.schema.createIndex('step_events_journey_at').on('step_events').columns(['journey_id', 'at']).execute();
  await db.schema.createIndex('step_events_journey_id').on('step_events').columns(['journey_id', 'id']).execute();
  // Overview counts and "who is waiting" look at one journey's enrollments by status.
  await db.schema
    .createIndex('enrollments_journey_status')
    .on('enrollments')
    .columns(['journey_id', 'status', 'entered_at'])
    .execute();
  await db.schema.createIndex('messages_journey').on('messages').columns(['journey_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'messages_journey',
    'enrollments_journey_status',
    'step_events_journey_id',
    'step_events_journey_at',
  ])
    await db.schema.dropIndex(index).ifExists().execute();
}
