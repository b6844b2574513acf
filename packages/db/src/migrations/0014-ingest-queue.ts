import { sql, type Kysely } from 'kysely';

// Segment's whole spec and routing after the answer. Events gain the kinds of Segment's other calls
// (page, screen, group, alias) and customers an identity for Segment's anonymousId. The ingest API
// stores events and answers; a router in the server process routes them afterwards, claiming due
// events in `route_seq` order (the order they were received) with a lease in `route_due_at`, so a
// crash before `routed_at` is set only delays them. Events other producers route themselves have
// no `route_due_at` and are never claimed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table events drop constraint events_kind_check`.execute(db);
  await sql`alter table events add constraint events_kind_check
    check (kind in ('track', 'identify', 'page', 'screen', 'group', 'alias'))`.execute(db);
  await sql`alter table customer_identities drop constraint customer_identities_kind_check`.execute(db);
  await sql`alter table customer_identities add constraint customer_identities_kind_check
    check (kind in ('user_id', 'anonymous_id', 'line', 'messenger', 'email', 'phone'))`.execute(db);

  await sql`create sequence events_route_seq`.execute(db);
  await db.schema
    .alterTable('events')
    .addColumn('route_seq', 'bigint')
    .addColumn('route_due_at', 'timestamptz')
    .execute();
  await sql`create index events_route_queue on events (route_seq)
    where routed_at is null and route_due_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_route_queue`.execute(db);
  await db.schema.alterTable('events').dropColumn('route_seq').dropColumn('route_due_at').execute();
  await sql`drop sequence events_route_seq`.execute(db);
  await sql`alter table customer_identities drop constraint customer_identities_kind_check`.execute(db);
  await sql`alter table customer_identities add constraint customer_identities_kind_check
    check (kind in ('user_id', 'line', 'messenger', 'email', 'phone'))`.execute(db);
  await sql`alter table events drop constraint events_kind_check`.execute(db);
  await sql`alter table events add constraint events_kind_check check (kind in ('track', 'identify'))`.execute(db);
}
