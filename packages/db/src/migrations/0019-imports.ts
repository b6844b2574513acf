import { sql, type Kysely } from 'kysely';

// Bulk customers in and out: uploaded and exported files stored in chunks, import jobs with their
// cursor and rejected rows, static lists (segments whose members come from files), export jobs.

type Db = Kysely<unknown>;
const workspaceRef = 'workspaces.id';

async function storedFiles(db: Db): Promise<void> {
  await db.schema
    .createTable('stored_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('import', 'export')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().defaultTo(0))
    /** Set once every chunk is stored; an incomplete file is never read. */
    .addColumn('completed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('stored_file_chunks')
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('stored_files.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    /** Where the chunk starts in the file, so reading can begin at any byte. */
    .addColumn('byte_offset', 'bigint', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('stored_file_chunks_pk', ['file_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('stored_file_chunks_offset')
    .on('stored_file_chunks')
    .columns(['file_id', 'byte_offset'])
    .execute();
}

async function lists(db: Db): Promise<void> {
  // A list's members are written from files, never computed; its rule is "member of this list".
  await db.schema
    .alterTable('segments')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('rule')
        .check(sql`kind in ('rule', 'list')`),
    )
    .execute();
}

async function customerImports(db: Db): Promise<void> {
  await db.schema
    .createTable('customer_imports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('stored_files.id'))
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('list_id', 'uuid', (c) => c.references('segments.id').onDelete('set null'))
    .addColumn('list_mode', 'text', (c) => c.check(sql`list_mode in ('append', 'replace', 'remove')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'running', 'paused', 'completed', 'cancelled', 'failed')`),
    )
    /** Data rows in the file (blank ones included), counted when the job begins. */
    .addColumn('total_rows', 'integer')
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    /** The last row handled (the header is row 1) and the byte after it: batches resume there. */
    .addColumn('cursor_row', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('cursor_byte', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('customer_imports_workspace')
    .on('customer_imports')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('customer_import_rejects')
    .addColumn('import_id', 'uuid', (c) => c.notNull().references('customer_imports.id').onDelete('cascade'))
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('problems', 'jsonb', (c) => c.notNull())
    .addColumn('cells', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_import_rejects_pk', ['import_id', 'row'])
    .execute();
  // Identities (and, for list replaces, customers) an import has seen: a later row naming one is
  // a duplicate within the file. Deleted when the import ends.
  await db.schema
    .createTable('customer_import_keys')
    .addColumn('import_id', 'uuid', (c) => c.notNull().references('customer_imports.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_import_keys_pk', ['import_id', 'key'])
    .execute();
}

async function customerExports(db: Db): Promise<void> {
  await db.schema
    .createTable('customer_exports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    /** Null: every customer of the workspace. */
    .addColumn('segment_id', 'uuid', (c) => c.references('segments.id').onDelete('set null'))
    .addColumn('columns', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('running', 'completed', 'cancelled', 'failed')`),
    )
    .addColumn('total', 'integer')
    .addColumn('exported', 'integer', (c) => c.notNull().defaultTo(0))
    /** The last customer id written: pages go in id order and resume after it. */
    .addColumn('cursor', 'uuid')
    .addColumn('file_id', 'uuid', (c) => c.notNull().references('stored_files.id'))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('customer_exports_workspace')
    .on('customer_exports')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await storedFiles(db);
  await lists(db);
  await customerImports(db);
  await customerExports(db);
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'customer_exports',
    'customer_import_keys',
    'customer_import_rejects',
    'customer_imports',
    'stored_file_chunks',
    'stored_files',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('segments').dropColumn('kind').execute();
}
