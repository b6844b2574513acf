import { sql, type Kysely } from 'kysely';

// Bulk sends (LINE multicast): the request a message row went out in. A broadcast decides its
// recipients once and writes them with the request's key; a retried request reads them back by it
// and sends the same recipients under the same provider retry key, so nobody gets it twice.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('bulk_key', 'text').execute();
  await sql`create index messages_bulk_key on messages (bulk_key text_pattern_ops) where bulk_key is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index messages_bulk_key`.execute(db);
  await db.schema.alterTable('messages').dropColumn('bulk_key').execute();
}
