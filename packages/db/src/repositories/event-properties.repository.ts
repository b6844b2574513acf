// The property names one event has been received with, for the editor's property picker ("purchase"
// offers amount, sku, store). Read from the event's most recent rows only, by the (workspace, name,
// time) index, so the cost is bounded however many events the workspace holds.
import { sql } from 'kysely';
import type { Db } from '../connect';

/** Recent events of the name that are read. */
export const EVENT_PROPERTY_SAMPLE = 1_000;
/** Property names listed. */
const PROPERTY_LIMIT = 100;
/** Example values per property, each cut to this many characters. */
const EXAMPLES = 3;
const EXAMPLE_CHARS = 40;

export type PropertyValueType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

export interface EventPropertyUse {
  name: string;
  /** Sampled events carrying the property. */
  count: number;
  lastSeenAt: Date;
  /** The JSON type most of its values have. */
  type: PropertyValueType;
  /** A few distinct scalar values, in text order. */
  examples: string[];
}

export interface EventPropertyVocabulary {
  /** How many recent events were read (at most {@link EVENT_PROPERTY_SAMPLE}). */
  sampled: number;
  properties: EventPropertyUse[];
}

// Result columns come back camel-cased (the connection's CamelCasePlugin).
interface Row {
  name: string;
  count: number;
  lastSeenAt: Date;
  type: PropertyValueType;
  examples: string[] | null;
}

/** The top-level property names of the workspace's recent `event` events, most common first. */
export async function eventPropertyVocabulary(
  db: Db,
  workspaceId: string,
  event: string,
): Promise<EventPropertyVocabulary> {
  // One row per property, or a single row of nulls but the sample size when there is none.
  const result = await sql<(Row | { [key in keyof Row]: null }) & { sampled: number }>`
    with recent as (
      select properties, timestamp from events
      where workspace_id = ${workspaceId} and name = ${event}
      order by timestamp desc limit ${EVENT_PROPERTY_SAMPLE}
    ), uses as (
      select p.key, p.value, recent.timestamp from recent, jsonb_each(recent.properties) as p(key, value)
      where jsonb_typeof(recent.properties) = 'object'
    )
    select sample.sampled, used.* from (select count(*)::int as sampled from recent) sample
    left join lateral (
      select key as name, count(*)::int as count, max(timestamp) as last_seen_at,
        mode() within group (order by jsonb_typeof(value)) as type,
        (array_agg(distinct left(value #>> '{}', ${EXAMPLE_CHARS}))
          filter (where jsonb_typeof(value) in ('string', 'number', 'boolean')))[1:${EXAMPLES}] as examples
      from uses group by key order by count desc, key limit ${PROPERTY_LIMIT}
    ) used on true
    order by used.count desc, used.name`.execute(db);
  const sampled = result.rows[0]?.sampled ?? 0;
  const properties = result.rows.flatMap((row) => (row.name === null ? [] : [toUse(row)]));
  return { sampled, properties };
}

function toUse(row: Row): EventPropertyUse {
  return {
    name: row.name,
    count: Number(row.count),
    lastSeenAt: row.lastSeenAt,
    type: row.type,
    examples: row.examples ?? [],
  };
}
