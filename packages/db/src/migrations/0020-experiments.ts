import { sql, type Kysely } from 'kysely';

// Experiments: each customer's arm of a step's A/B/n test (stored, so re-entry keeps it), the
// winner and the daily check of each test, who of an enrollment is held out (a journey's holdout or
// the workspace's control group), and the control-group setting of each workspace.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('experiment_assignments')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('journey_id', 'uuid', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('arm', 'smallint', (c) => c.notNull().check(sql`arm >= 0`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('random', 'winner', 'forced')`))
    .addColumn('withheld', 'text', (c) => c.check(sql`withheld in ('holdout', 'control_group')`))
    .addColumn('enrollment_id', 'uuid', (c) => c.references('enrollments.id').onDelete('set null'))
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('experiment_assignments_pk', ['journey_id', 'step_id', 'customer_id'])
    .execute();
  // The report's daily chart reads one test's assignments in time order.
  await db.schema
    .createIndex('experiment_assignments_step_at')
    .on('experiment_assignments')
    .columns(['journey_id', 'step_id', 'assigned_at'])
    .execute();

  await db.schema
    .createTable('experiments')
    .addColumn('journey_id', 'uuid', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('winner_arm', 'smallint')
    .addColumn('decided_at', 'timestamptz')
    // `schedule` (the daily decision) or the id of the user who chose.
    .addColumn('decided_by', 'text')
    .addColumn('decision', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('checked_at', 'timestamptz')
    .addColumn('last_check', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('experiments_pk', ['journey_id', 'step_id'])
    .execute();

  await db.schema
    .alterTable('enrollments')
    .addColumn('withheld', 'text', (c) => c.check(sql`withheld in ('holdout', 'control_group')`))
    .execute();

  await db.schema
    .createTable('control_groups')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('percent', 'double precision', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`percent >= 0 and percent <= 50`),
    )
    // Keeps each workspace's sample its own: membership is a hash of salt and customer id.
    .addColumn('salt', 'text', (c) => c.notNull().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn('conversion_event', 'text', (c) => c.notNull().defaultTo('purchase'))
    .addColumn('revenue_property', 'text', (c) => c.notNull().defaultTo('revenue'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('control_groups').ifExists().execute();
  await db.schema.alterTable('enrollments').dropColumn('withheld').execute();
  await db.schema.dropTable('experiments').ifExists().execute();
  await db.schema.dropTable('experiment_assignments').ifExists().execute();
}
