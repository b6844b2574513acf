// The scale benchmark's population, written by Postgres itself (generate_series): N customers with
// a `bucket` attribute (0–99) that picks the audiences, LINE ids for the multicast audience, and
// `eventsPerCustomer` track events each over the last 90 days. Events are loaded with the table's
// secondary indexes, constraints and triggers set aside and put back afterwards (from their own
// definitions, read from the catalog), as a bulk load into a live system would be done.
import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';

export interface PopulationSize {
  customers: number;
  eventsPerCustomer: number;
}

/** Event names and their share: one in eight events is a purchase. */
const EVENT_NAMES = [
  'page_viewed',
  'page_viewed',
  'page_viewed',
  'product_viewed',
  'product_viewed',
  'add_to_cart',
  'purchase',
  'app_opened',
];
/** Customers with `bucket` below this are the broadcast audience (10 %). */
export const BROADCAST_BUCKETS = 10;
/** Customers with `bucket` in [10, 15) have LINE ids and are the multicast audience (5 %). */
export const LINE_BUCKETS = { from: 10, to: 15 } as const;
const CHUNK = 1_000_000;

function log(message: string, started: number): void {
  console.log(`  ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

async function insertCustomers(db: Db, workspaceId: string, count: number): Promise<void> {
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await sql`insert into customers (id, workspace_id, external_id, attributes, timezone, locale)
      select md5(${workspaceId} || ':c' || i)::uuid, ${workspaceId}::uuid, 'c' || i,
        jsonb_build_object('name', 'Customer ' || i, 'bucket', i % 100, 'city', (array['Taipei', 'Tainan', 'Taichung', 'Kaohsiung'])[1 + i % 4]),
        'Asia/Taipei', 'zh-TW'
      from generate_series(${from}::int, ${to}::int) as i`.execute(db);
  }
  await sql`insert into customer_identities (workspace_id, customer_id, kind, value)
    select ${workspaceId}::uuid, md5(${workspaceId} || ':c' || i)::uuid, 'line', 'U' || md5('line:' || i)
    from generate_series(1, ${count}::int) as i
    where i % 100 >= ${LINE_BUCKETS.from} and i % 100 < ${LINE_BUCKETS.to}`.execute(db);
}

interface SetAside {
  indexes: string[];
  constraints: { name: string; definition: string }[];
}

/** Drops the events table's secondary indexes and its unique and foreign-key constraints; returns how to rebuild them. */
async function setAsideEventIndexes(db: Db): Promise<SetAside> {
  const constraints = await sql<{ name: string; definition: string; index: string | null }>`
    select conname as name, pg_get_constraintdef(c.oid) as definition, c.conindid::regclass::text as index
    from pg_constraint c where conrelid = 'events'::regclass and contype in ('u', 'f')`.execute(db);
  const owned = new Set(constraints.rows.map((row) => row.index).filter((index) => index !== null));
  const indexes = await sql<{ name: string; definition: string }>`
    select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition
    from pg_index where indrelid = 'events'::regclass and not indisprimary`.execute(db);
  const loose = indexes.rows.filter((index) => !owned.has(index.name));
  for (const constraint of constraints.rows) {
    await sql`alter table events drop constraint ${sql.id(constraint.name)}`.execute(db);
  }
  for (const index of loose) await sql`drop index ${sql.id(index.name)}`.execute(db);
  return { indexes: loose.map((index) => index.definition), constraints: constraints.rows };
}

async function restoreEventIndexes(db: Db, aside: SetAside): Promise<void> {
  for (const definition of aside.indexes) await sql.raw(definition).execute(db);
  for (const constraint of aside.constraints) {
    await sql`alter table events add constraint ${sql.id(constraint.name)} ${sql.raw(constraint.definition)}`.execute(
      db,
    );
  }
}

async function insertEvents(db: Db, workspaceId: string, size: PopulationSize, started: number): Promise<void> {
  const total = size.customers * size.eventsPerCustomer;
  for (let from = 1; from <= total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK - 1);
    // Customer n % N + 1; a time in the last 90 days; purchases carry an amount.
    await sql`insert into events (workspace_id, customer_id, message_id, kind, name, properties, timestamp, received_at, routed_at)
      select ${workspaceId}::uuid, md5(${workspaceId} || ':c' || (1 + n % ${size.customers}::int))::uuid, 'gen-' || n, 'track',
        name, case when name = 'purchase' then jsonb_build_object('amount', 100 + (hashint8(n) & 1023)) else '{}'::jsonb end,
        at, at, at
      from generate_series(${from}::bigint, ${to}::bigint) as n,
        lateral (select (${EVENT_NAMES}::text[])[1 + (hashint8(n) & 7)] as name,
          now() - ((hashint8(n * 7) & 1048575) * interval '7.4 seconds') as at) generated`.execute(db);
    log(`events: ${to.toLocaleString('en')} of ${total.toLocaleString('en')}`, started);
  }
}

/**
 * Writes the population into the workspace and returns how long it took. Triggers on `events` are
 * off during the load; `afterLoad` brings derived data (counters) up to date in one pass.
 */
export async function generatePopulation(
  db: Db,
  workspaceId: string,
  size: PopulationSize,
  afterLoad?: (db: Db) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  await insertCustomers(db, workspaceId, size.customers);
  log(`${size.customers.toLocaleString('en')} customers`, started);
  const aside = await setAsideEventIndexes(db);
  await sql`alter table events disable trigger user`.execute(db);
  try {
    await insertEvents(db, workspaceId, size, started);
  } finally {
    await sql`alter table events enable trigger user`.execute(db);
  }
  await restoreEventIndexes(db, aside);
  log('event indexes rebuilt', started);
  await afterLoad?.(db);
  // Vacuumed as autovacuum would soon after a bulk load: the visibility map set, so index-only
  // scans (a segment rule counting a customer's events) need not visit the table.
  await sql`vacuum (analyze)`.execute(db);
  log('vacuumed and analyzed', started);
  return (performance.now() - started) / 1000;
}
