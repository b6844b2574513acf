import { sql, type Kysely } from 'kysely';

// Loyalty (issue 6): point lots with expiry, coupon pools, badges, tiers, streaks, lotteries, value tiers.

type Db = Kysely<unknown>;

const workspaceRef = 'workspaces.id';
const customerRef = 'customers.id';

/** A positive ledger row is a lot: `remaining` (null = untouched, i.e. all of `delta`) is spent FIFO. */
async function pointLots(db: Db): Promise<void> {
  await db.schema
    .alterTable('points_ledger')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('remaining', 'integer', (c) => c.check(sql`remaining >= 0`))
    .execute();
  await sql`create index points_ledger_lots on points_ledger (customer_id, expires_at, created_at) where delta > 0`.execute(
    db,
  );
  await sql`create index points_ledger_expiring on points_ledger (expires_at) where delta > 0 and expires_at is not null and (remaining is null or remaining > 0)`.execute(
    db,
  );
  await db.schema
    .createTable('loyalty_settings')
    .addColumn('workspace_id', 'uuid', (c) => c.primaryKey().references(workspaceRef).onDelete('cascade'))
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

async function coupons(db: Db): Promise<void> {
  await db.schema
    .createTable('coupon_pools')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('pattern', 'list')`))
    .addColumn('code_pattern', 'text')
    /** Pattern pools only: how many codes may be issued (null = unlimited); list pools count their rows. */
    .addColumn('inventory', 'integer', (c) => c.check(sql`inventory >= 0`))
    .addColumn('issued', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('per_customer_limit', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`per_customer_limit >= 1`),
    )
    .addColumn('valid_from', 'timestamptz')
    .addColumn('valid_until', 'timestamptz')
    .addColumn('validity_days', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('archived_at', 'timestamptz')
    .addCheckConstraint('coupon_pools_issued_within_inventory', sql`inventory is null or issued <= inventory`)
    .execute();
  await db.schema
    .createTable('coupons')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('pool_id', 'uuid', (c) => c.notNull().references('coupon_pools.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'uuid', (c) => c.references(customerRef).onDelete('set null'))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('issued_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('redeemed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('coupons_workspace_code', ['workspace_id', 'code'])
    .execute();
  await sql`create index coupons_available on coupons (pool_id, id) where issued_at is null`.execute(db);
  await db.schema.createIndex('coupons_pool_customer').on('coupons').columns(['pool_id', 'customer_id']).execute();
}

async function badgesAndTiers(db: Db): Promise<void> {
  await db.schema
    .createTable('badges')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('badges_workspace_key', ['workspace_id', 'key'])
    .execute();
  await db.schema
    .createTable('badge_awards')
    .addColumn('badge_id', 'uuid', (c) => c.notNull().references('badges.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references(customerRef).onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('idempotency_key', 'text')
    .addColumn('awarded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('badge_awards_pk', ['badge_id', 'customer_id'])
    .execute();
  await db.schema.createIndex('badge_awards_customer').on('badge_awards').column('customer_id').execute();

  await db.schema
    .createTable('tier_definitions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull().check(sql`metric in ('points', 'spend')`))
    .addColumn('threshold', 'double precision', (c) => c.notNull())
    .addColumn('window_months', 'integer', (c) => c.notNull().check(sql`window_months > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('tier_definitions_workspace_key', ['workspace_id', 'key'])
    .addUniqueConstraint('tier_definitions_workspace_rank', ['workspace_id', 'rank'])
    .execute();
  await db.schema
    .createTable('customer_tiers')
    .addColumn('customer_id', 'uuid', (c) => c.primaryKey().references(customerRef).onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('tier_key', 'text')
    .addColumn('since', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('customer_tier_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references(customerRef).onDelete('cascade'))
    .addColumn('from_tier', 'text')
    .addColumn('to_tier', 'text')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('customer_tier_history_customer')
    .on('customer_tier_history')
    .columns(['customer_id', 'changed_at'])
    .execute();
}

async function streaks(db: Db): Promise<void> {
  await db.schema
    .createTable('streaks')
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references(customerRef).onDelete('cascade'))
    .addColumn('streak_key', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('current', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('longest', 'integer', (c) => c.notNull().defaultTo(0))
    /** The customer's local calendar date of the last check-in (YYYY-MM-DD in their time zone). */
    .addColumn('last_date', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('streaks_pk', ['customer_id', 'streak_key'])
    .execute();
}

async function lotteries(db: Db): Promise<void> {
  await db.schema
    .createTable('lotteries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lose_weight', 'integer', (c) => c.notNull().check(sql`lose_weight >= 0`))
    .addColumn('when_exhausted', 'text', (c) => c.notNull().check(sql`when_exhausted in ('lose', 'redistribute')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('archived_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('lottery_prizes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('lottery_id', 'uuid', (c) => c.notNull().references('lotteries.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull().check(sql`weight > 0`))
    .addColumn('stock', 'integer', (c) => c.check(sql`stock >= 0`))
    .addColumn('awarded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reward', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('lottery_prizes_key', ['lottery_id', 'key'])
    .addCheckConstraint('lottery_prizes_within_stock', sql`stock is null or awarded <= stock`)
    .execute();
  await db.schema
    .createTable('lottery_draws')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('lottery_id', 'uuid', (c) => c.notNull().references('lotteries.id').onDelete('cascade'))
    .addColumn('customer_id', 'uuid', (c) => c.notNull().references(customerRef).onDelete('cascade'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('prize_id', 'uuid', (c) => c.references('lottery_prizes.id').onDelete('set null'))
    .addColumn('outcome', 'jsonb', (c) => c.notNull())
    .addColumn('drawn_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lottery_draws_lottery')
    .on('lottery_draws')
    .columns(['lottery_id', 'drawn_at'])
    .execute();
}

async function valueTiers(db: Db): Promise<void> {
  await db.schema
    .createTable('customer_value_tiers')
    .addColumn('customer_id', 'uuid', (c) => c.primaryKey().references(customerRef).onDelete('cascade'))
    .addColumn('workspace_id', 'uuid', (c) => c.notNull().references(workspaceRef).onDelete('cascade'))
    .addColumn('tier', 'text', (c) =>
      c.notNull().check(sql`tier in ('strategic', 'high_value', 'core', 'general', 'potential')`),
    )
    .addColumn('purchases', 'integer', (c) => c.notNull())
    .addColumn('spend', 'double precision', (c) => c.notNull())
    .addColumn('referrals', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('customer_value_tiers_workspace_tier')
    .on('customer_value_tiers')
    .columns(['workspace_id', 'tier'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await pointLots(db);
  await coupons(db);
  await badgesAndTiers(db);
  await streaks(db);
  await lotteries(db);
  await valueTiers(db);
}

export async function down(db: Db): Promise<void> {
  const tables = [
    'customer_value_tiers',
    'lottery_draws',
    'lottery_prizes',
    'lotteries',
    'streaks',
    'customer_tier_history',
    'customer_tiers',
    'tier_definitions',
    'badge_awards',
    'badges',
    'coupons',
    'coupon_pools',
    'loyalty_settings',
  ];
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  await sql`drop index if exists points_ledger_lots`.execute(db);
  await sql`drop index if exists points_ledger_expiring`.execute(db);
  await db.schema.alterTable('points_ledger').dropColumn('expires_at').dropColumn('remaining').execute();
}
