// What a workspace has actually received: event names, customer attribute keys and tags, with how
// often and how lately, for the editor's pickers. Each list is capped; the queries stay cheap on
// millions of rows (event names by a skip scan of their index, counts capped).
import { sql } from 'kysely';
import type { Db } from '../connect';

/** Names listed per kind. */
export const VOCABULARY_LIMIT = 200;
/** Counts stop here ("10,000+"). */
export const VOCABULARY_COUNT_CAP = 10_000;
/** Events are counted over this many recent days. */
export const VOCABULARY_EVENT_DAYS = 30;
// Identify, group and alias calls are stored as events named after their kind: profile updates, not
// events a journey waits for.
const PROFILE_CALLS = ['identify', 'group', 'alias'];
/** Attribute keys are read from this many recently updated customers. */
const ATTRIBUTE_SAMPLE = 10_000;

export interface NameUse {
  name: string;
  /** Recent uses (events in the last 30 days, customers with the key or tag), up to the cap. */
  count: number;
  lastSeenAt: Date | null;
}

export interface WorkspaceVocabulary {
  events: NameUse[];
  attributes: NameUse[];
  tags: NameUse[];
}

export async function workspaceVocabulary(db: Db, workspaceId: string, now: Date): Promise<WorkspaceVocabulary> {
  const [events, attributes, tags] = await Promise.all([
    eventNames(db, workspaceId, now),
    attributeKeys(db, workspaceId),
    tagNames(db, workspaceId),
  ]);
  return { events, attributes, tags };
}

// Result columns come back camel-cased (the connection's CamelCasePlugin).
interface Row {
  name: string;
  count: number;
  lastSeenAt: Date | null;
}
const toUse = (row: Row): NameUse => ({ name: row.name, count: Number(row.count), lastSeenAt: row.lastSeenAt });

async function eventNames(db: Db, workspaceId: string, now: Date): Promise<NameUse[]> {
  const since = new Date(now.getTime() - VOCABULARY_EVENT_DAYS * 86_400_000);
  const result = await sql<Row>`
    with recursive names(name) as (
      (select name from events where workspace_id = ${workspaceId} order by name limit 1)
      union all
      select (select e.name from events e where e.workspace_id = ${workspaceId} and e.name > names.name
              order by e.name limit 1)
      from names where names.name is not null
    )
    select n.name,
      (select count(*) from (select 1 from events e where e.workspace_id = ${workspaceId} and e.name = n.name
        and e.timestamp > ${since} limit ${VOCABULARY_COUNT_CAP}) recent)::int as count,
      (select max(e.timestamp) from events e where e.workspace_id = ${workspaceId} and e.name = n.name) as last_seen_at
    from (select name from names where name is not null and name not in (${sql.join(PROFILE_CALLS)})
          limit ${VOCABULARY_LIMIT}) n
    order by count desc, n.name`.execute(db);
  return result.rows.map(toUse);
}

async function attributeKeys(db: Db, workspaceId: string): Promise<NameUse[]> {
  const result = await sql<Row>`
    select key as name, count(*)::int as count, max(updated_at) as last_seen_at
    from (select attributes, updated_at from customers where workspace_id = ${workspaceId}
          order by updated_at desc limit ${ATTRIBUTE_SAMPLE}) recent,
      jsonb_object_keys(recent.attributes) as key
    group by key order by count desc, key limit ${VOCABULARY_LIMIT}`.execute(db);
  return result.rows.map(toUse);
}

async function tagNames(db: Db, workspaceId: string): Promise<NameUse[]> {
  const result = await sql<Row>`
    select tag as name, count(*)::int as count, max(added_at) as last_seen_at
    from customer_tags where workspace_id = ${workspaceId}
    group by tag order by count desc, tag limit ${VOCABULARY_LIMIT}`.execute(db);
  return result.rows.map(toUse);
}
