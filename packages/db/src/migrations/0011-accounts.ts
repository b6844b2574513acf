import { sql, type Kysely } from 'kysely';

// Accounts (issue 8): users, workspace members with roles, sessions (token hashes only), invitations,
// sign-in failures for the rate limit, and optional approval of a journey draft before publish.

type Db = Kysely<unknown>;

const workspaceRef = 'workspaces.id';
const userRef = 'users.id';
const roleCheck = sql`role in ('owner', 'admin', 'editor', 'publisher', 'viewer')`;

async function users(db: Db): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`email = lower(email)`),
    )
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('workspace_members')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references(userRef).onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(roleCheck))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('workspace_members_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('workspace_members_user').on('workspace_members').columns(['user_id']).execute();
}

async function sessions(db: Db): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    /** sha256 of the cookie's token; the token itself is never stored. */
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references(userRef).onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    /** The absolute end; the idle end is `last_seen_at` plus the idle timeout. */
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    /** Lower-cased email and client address: the unit the rate limit counts. */
    .addColumn('attempt_key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('sign_in_failures_key')
    .on('sign_in_failures')
    .columns(['attempt_key', 'failed_at'])
    .execute();
}

async function invitations(db: Db): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('role', 'text', (c) => c.notNull().check(roleCheck))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('invitations_workspace').on('invitations').columns(['workspace_id']).execute();
}

async function approvals(db: Db): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('require_approval', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('journey_approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('journey_id', 'uuid', (c) => c.notNull().references('journeys.id').onDelete('cascade'))
    /** The exact draft revision approved: a later save bumps the revision, so the approval no longer applies. */
    .addColumn('draft_revision', 'integer', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'timestamptz')
    .addUniqueConstraint('journey_approvals_revision', ['journey_id', 'draft_revision'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await users(db);
  await sessions(db);
  await invitations(db);
  await approvals(db);
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'journey_approvals',
    'invitations',
    'sign_in_failures',
    'sessions',
    'workspace_members',
    'users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('workspaces').dropColumn('require_approval').execute();
}
