import { sql, type Kysely } from 'kysely';

// Channel columns no longer list the channels in CHECK constraints: which channels exist is the
// channel registry's to say (@wayfarer/channels/spec), and the repositories check names against it
// (channel-names.ts), so adding a channel needs no migration. The column keeps a shape check.

const columns = [
  { table: 'channel_credentials', list: `'line', 'email', 'sms', 'webhook'` },
  { table: 'channel_consents', list: `'line', 'email', 'sms', 'webhook'` },
  { table: 'message_templates', list: `'line', 'email', 'sms', 'webhook', 'outbox'` },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table } of columns) {
    await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.id(`${table}_channel_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_channel_check`)}
      check (channel ~ '^[a-z][a-z0-9_-]{0,39}$')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, list } of columns) {
    await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.id(`${table}_channel_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_channel_check`)}
      check (channel in (${sql.raw(list)}))`.execute(db);
  }
}
