import { sql, type Kysely } from 'kysely';

// The LINE webhook's channel secret, sealed at rest like every other channel credential.
//
// Why a column plus a start-up step rather than sealing here: the key (WAYFARER_SECRET_KEY) belongs
// to the server, and migrations run wherever a database is brought up to date (the server, the
// worker, embedded mode, tests) with nothing but a connection. Reading the key here would make every
// one of them need it, and a migration that half-ran without it could not be retried cleanly. So this
// migration only makes room: `sealed_channel_secret` for the envelope and `channel_id` for looking
// the channel up, and lets the clear `channel_secret` be null. The server seals any clear value and
// clears it at start (apps/server/src/channels/seal-clear-line-secrets.ts); the webhook never reads
// the clear column. A later migration drops it once every deployment has started once.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('line_channels')
    // LINE's channel id (digits): not a secret, and what a webhook delivery is matched by.
    .addColumn('channel_id', 'text', (c) => c.unique().check(sql`channel_id ~ '^[0-9]+$'`))
    /** A `v1:<iv>:<tag>:<ciphertext>` envelope of the channel secret. */
    .addColumn('sealed_channel_secret', 'text', (c) => c.check(sql`sealed_channel_secret ~ '^v[0-9]+:'`))
    .execute();
  await db.schema
    .alterTable('line_channels')
    .alterColumn('channel_secret', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('line_channels')
    .addCheckConstraint(
      'line_channels_has_secret',
      sql`channel_secret is not null or sealed_channel_secret is not null`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Sealed secrets cannot be opened here: rows without a clear secret cannot go back and are dropped.
  await sql`delete from line_channels where channel_secret is null`.execute(db);
  await db.schema.alterTable('line_channels').dropConstraint('line_channels_has_secret').execute();
  await db.schema
    .alterTable('line_channels')
    .alterColumn('channel_secret', (c) => c.setNotNull())
    .execute();
  await db.schema.alterTable('line_channels').dropColumn('sealed_channel_secret').dropColumn('channel_id').execute();
}
