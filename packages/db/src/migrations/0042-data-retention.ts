import { sql, type Kysely } from 'kysely';

// Data lifecycle: how long a workspace keeps raw events, step events and messages, a record of
// each retention run, and the daily rollups analytics read once raw rows are gone. Old rows are
// deleted in batches by a scheduled job (docs/data-retention.md says why not partitions), walking
// each table by workspace and its time column, so each table gets that index.

async function createRollups(db: Kysely<unknown>): Promise<void> {
  // One row per day and what node stats group raw step events by; `count` only ever grows, in the
  // transaction that deletes the rows it counts.
  await db.schema
    .createTable('step_event_days')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('journey_id', 'uuid', (c) => c.notNull())
    .addColumn('journey_version_id', 'uuid', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('port', 'text')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create unique index step_event_days_key on step_event_days
    (journey_version_id, step_id, kind, port, day) nulls not distinct`.execute(db);
  await db.schema
    .createTable('message_days')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('journey_id', 'uuid')
    .addColumn('journey_version_id', 'uuid')
    .addColumn('step_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create unique index message_days_key on message_days
    (workspace_id, journey_id, journey_version_id, step_id, channel, status, reason, day) nulls not distinct`.execute(
    db,
  );
  await db.schema.createIndex('message_days_journey').on('message_days').columns(['journey_id', 'day']).execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_settings')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('retention_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('cutoffs', 'jsonb', (c) => c.notNull())
    .addColumn('deleted_events', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_step_events', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_messages', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('retention_runs_workspace')
    .on('retention_runs')
    .columns(['workspace_id', 'started_at'])
    .execute();
  await createRollups(db);
  await db.schema
    .createIndex('events_workspace_time')
    .on('events')
    .columns(['workspace_id', 'timestamp', 'id'])
    .execute();
  await db.schema
    .createIndex('step_events_workspace_at')
    .on('step_events')
    .columns(['workspace_id', 'at', 'id'])
    .execute();
  await db.schema
    .createIndex('messages_workspace_created')
    .on('messages')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['events_workspace_time', 'step_events_workspace_at', 'messages_workspace_created']) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  for (const table of ['message_days', 'step_event_days', 'retention_runs', 'retention_settings']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
