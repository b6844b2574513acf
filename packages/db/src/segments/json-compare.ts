// Typed comparison of a jsonb value with a scalar, in SQL: the segment compiler's meaning of
// eq/gt/contains… It follows @wayfarer/journey's matchesComparison where SQL can: numbers compare
// numerically (a numeric string counts as a number), other strings as text (ISO dates sort as
// text), booleans by their text, and a missing value matches nothing but `neq` and `not_exists`.
import { sql, type RawBuilder } from 'kysely';
import type { ValueOperator } from '@wayfarer/segments';

type Scalar = string | number | boolean;

const NUMERIC_TEXT = '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$';

/** The jsonb value as a number when it is one (or a numeric string); NULL otherwise. */
function numericOf(json: RawBuilder<unknown>): RawBuilder<number | null> {
  return sql`(case when jsonb_typeof(${json}) = 'number' then (${json} #>> '{}')::numeric
    when jsonb_typeof(${json}) = 'string' and (${json} #>> '{}') ~ ${NUMERIC_TEXT}
      then trim(${json} #>> '{}')::numeric end)`;
}

function textOf(json: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql`(${json} #>> '{}')`;
}

/** NULL (unknown) becomes false, so `not (…)` of a missing value is true. */
function known(condition: RawBuilder<boolean | null>): RawBuilder<boolean> {
  return sql<boolean>`coalesce(${condition}, false)`;
}

function equals(json: RawBuilder<unknown>, value: Scalar): RawBuilder<boolean> {
  if (typeof value === 'number') return known(sql`${numericOf(json)} = ${value}::numeric`);
  return known(sql`${textOf(json)} = ${String(value)}::text`);
}

const orderOperators = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function ordered(json: RawBuilder<unknown>, op: keyof typeof orderOperators, value: Scalar): RawBuilder<boolean> {
  const operator = sql.raw(orderOperators[op]);
  if (typeof value === 'boolean') return sql<boolean>`false`;
  if (typeof value === 'number' || new RegExp(NUMERIC_TEXT).test(value)) {
    return known(sql`${numericOf(json)} ${operator} ${Number(value)}::numeric`);
  }
  return known(sql`jsonb_typeof(${json}) = 'string' and ${textOf(json)} ${operator} ${value}::text`);
}

function contains(json: RawBuilder<unknown>, value: Scalar): RawBuilder<boolean> {
  const asArray = sql`jsonb_typeof(${json}) = 'array' and ${json} @> ${JSON.stringify([value])}::jsonb`;
  // Strings: a case-sensitive substring, as in journey conditions (strpos needs no LIKE escaping).
  const asText =
    typeof value === 'string'
      ? sql`jsonb_typeof(${json}) = 'string' and strpos(${textOf(json)}, ${value}::text) > 0`
      : sql`false`;
  return known(sql`(${asArray}) or (${asText})`);
}

/** `json <op> value` as a boolean that is never NULL. */
export function compareJson(
  json: RawBuilder<unknown>,
  op: ValueOperator,
  value: Scalar | undefined,
): RawBuilder<boolean> {
  const present = sql<boolean>`coalesce(jsonb_typeof(${json}), 'null') <> 'null'`;
  if (op === 'exists') return present;
  if (op === 'not_exists') return sql<boolean>`not (${present})`;
  // An operator that needs a value and has none matches nobody (the rule builder requires one).
  if (value === undefined) return op === 'neq' ? present : sql<boolean>`false`;
  switch (op) {
    case 'eq':
      return equals(json, value);
    case 'neq':
      return sql<boolean>`not (${equals(json, value)})`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return ordered(json, op, value);
    case 'contains':
      return contains(json, value);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}
