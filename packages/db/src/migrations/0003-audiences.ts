import { sql, type Kysely } from 'kysely';

// Segments with their materialised memberships, and broadcasts of a journey to a segment.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('segments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rule', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('archived_at', 'timestamptz')
    /** When memberships were last brought up to date with the rule for every customer. */
    .addColumn('refreshed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('segments_workspace').on('segments').columns(['workspace_id', 'name']).execute();

  await db.schema
    .createTable('segment_memberships')
    .addColumn('segment_id', 'uuid', (c) => c.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('segment_memberships_pk', ['segment_id', 'customer_id'])
    .execute();
  await db.schema.createIndex('segment_memberships_customer').on('segment_memberships').column('customer_id').execute();

  await db.schema
    .createTable('broadcasts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('journey_id', 'uuid', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('journey_version_id', 'uuid', (c) => c.notNull().references('journey_versions.id'))
    .addColumn('segment_id', 'uuid', (c) => c.notNull().references('segments.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('scheduled', 'running', 'completed', 'cancelled', 'failed')`),
    )
    .addColumn('scheduled_at', 'timestamptz', (c) => c.notNull())
    .addColumn('rate_per_second', 'integer', (c) => c.notNull())
    .addColumn('batch_size', 'integer', (c) => c.notNull())
    /** Members when the broadcast started (null until then). */
    .addColumn('total', 'integer')
    .addColumn('enrolled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    /** The last customer id handled: batches go in customer id order and resume from here. */
    .addColumn('cursor', 'uuid')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('broadcasts_journey').on('broadcasts').columns(['journey_id', 'created_at']).execute();

  // Entry limits and the journey analytics count entries per journey over a window.
  await db.schema
    .createIndex('enrollments_journey_entered')
    .on('enrollments')
    .columns(['journey_id', 'entered_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('enrollments_journey_entered').ifExists().execute();
  for (const table of ['broadcasts', 'segment_memberships', 'segments']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
