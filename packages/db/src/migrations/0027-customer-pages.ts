import type { Kysely } from 'kysely';

// A workspace's customers in id order, a page at a time: the segment refresh walks them with a
// cursor (id > last) instead of evaluating millions of customers in one transaction.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('customers_workspace_id').on('customers').columns(['workspace_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_workspace_id').execute();
}
