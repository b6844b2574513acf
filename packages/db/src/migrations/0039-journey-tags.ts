import { sql, type Kysely } from 'kysely';

// Journey tags: labels a marketer sorts a workspace's journeys by. A column of the journey, so a
// duplicate copies them and the audit log's journey snapshot shows them before and after a change.
// The API trims and checks them; the database still refuses an empty, a too long, an untrimmed or a
// repeated (in any case) tag, and more than 20 on one journey.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function journey_tags_valid(tags text[]) returns boolean
    language sql immutable parallel safe
    as $$
      select cardinality(tags) <= 20
        and coalesce(bool_and(char_length(tag) between 1 and 40 and tag = btrim(tag)), true)
        and count(*) = count(distinct lower(tag))
      from unnest(tags) as tag
    $$`.execute(db);
  await db.schema
    .alterTable('journeys')
    .addColumn('tags', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'::text[]`)
        .check(sql`journey_tags_valid(tags)`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('journeys').dropColumn('tags').execute();
  await sql`drop function journey_tags_valid(text[])`.execute(db);
}
