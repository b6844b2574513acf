import { sql, type RawBuilder } from 'kysely';

/** A numeric event property as a number (0 when missing or not a JSON number, so bad data adds nothing). */
export function numericProperty(property: string): RawBuilder<number> {
  return sql<number>`case when jsonb_typeof(properties -> ${property}) = 'number' then (properties ->> ${property})::double precision else 0 end`;
}
