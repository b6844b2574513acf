import { sql, type Kysely } from 'kysely';

// The identity keys an import has written, one row per batch instead of one per key: the worker
// keeps their 64-bit hashes in memory to find rows that repeat an earlier row's identity, reads
// `hashes` back when a slice starts, and `keys` (with each key's row) only to confirm a hit. Kept
// while the import runs; deleted when it ends, like customer_import_keys (now only a list replace's).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_import_key_batches')
    .addColumn('import_id', 'uuid', (c) => c.notNull().references('customer_imports.id').onDelete('cascade'))
    .addColumn('first_row', 'integer', (c) => c.notNull())
    .addColumn('keys', sql`text[]`, (c) => c.notNull())
    .addColumn('rows', sql`integer[]`, (c) => c.notNull())
    .addColumn('hashes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_import_key_batches_pk', ['import_id', 'first_row'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_import_key_batches').ifExists().execute();
}
