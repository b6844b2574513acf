import { sql, type Kysely } from 'kysely';

// Per-workspace channel credentials, sealed (AES-256-GCM, see @wayfarer/channels secrets.ts): the
// database never holds a token or password in clear. One config per workspace and channel.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('channel_credentials')
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('line', 'email', 'sms', 'webhook')`))
    /** A `v1:<iv>:<tag>:<ciphertext>` envelope of the channel's JSON config. */
    .addColumn('sealed_config', 'text', (c) => c.notNull().check(sql`sealed_config ~ '^v[0-9]+:'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('channel_credentials_pk', ['workspace_id', 'channel'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_credentials').ifExists().execute();
}
