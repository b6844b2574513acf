import { sql, type Kysely } from 'kysely';

// LINE rich menus of a workspace: the uploaded image (kept, so the editor can show it and a menu
// can be made again), the menu as created on LINE (its id there, its tap areas), which one is the
// default, the workspace's rule (tier or segment → menu, in order) and the menu each customer was
// last given, so a change is made on LINE only when the right menu differs.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rich_menu_images')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (c) => c.notNull().check(sql`content_type in ('image/jpeg', 'image/png')`))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull().check(sql`octet_length(data) <= 1048576`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('rich_menus')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('chat_bar_text', 'text', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull().check(sql`size in ('full', 'half')`))
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('areas', 'jsonb', (c) => c.notNull())
    .addColumn('image_id', 'uuid', (c) => c.notNull().references('rich_menu_images.id'))
    .addColumn('line_rich_menu_id', 'text', (c) => c.notNull())
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('rich_menus_name_unique', ['workspace_id', 'name'])
    .execute();
  await sql`create unique index rich_menus_one_default on rich_menus (workspace_id) where is_default`.execute(db);
  await db.schema
    .createTable('rich_menu_rules')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('customer_rich_menus')
    .addColumn('customer_id', 'uuid', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // Null: the customer sees the default menu (nothing of their own linked).
    .addColumn('rich_menu_id', 'uuid', (c) => c.references('rich_menus.id').onDelete('set null'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('rule', 'step')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_rich_menus').execute();
  await db.schema.dropTable('rich_menu_rules').execute();
  await db.schema.dropTable('rich_menus').execute();
  await db.schema.dropTable('rich_menu_images').execute();
}
