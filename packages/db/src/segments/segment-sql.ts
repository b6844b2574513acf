// A segment rule compiled to one SQL boolean over the `customers` row in scope. Every use of "is
// this customer a member" (count, preview, the per-customer check, the full refresh) goes through
// `segmentRuleSql`, so they cannot disagree.
import { sql, type RawBuilder } from 'kysely';
import type { SegmentCondition, SegmentRule } from '@wayfarer/segments';
import { compareJson } from './json-compare';

const DAY_MS = 86_400_000;

/** `a.b.c` → the jsonb path `{a,b,c}`, as journey conditions read dotted paths. */
function pathOf(dotted: string): string[] {
  return dotted.split('.');
}

function attribute(path: string): RawBuilder<unknown> {
  return sql`(customers.attributes #> ${pathOf(path)}::text[])`;
}

function countCompare(op: 'gte' | 'lte' | 'eq'): RawBuilder<unknown> {
  return sql.raw({ gte: '>=', lte: '<=', eq: '=' }[op]);
}

/**
 * Customers whose ids lie in (`after`, `through`]: a refresh page's. Given, a rule on events reads
 * the page's events in one index range instead of once per customer; the answer is the same.
 */
export interface CustomerRange {
  after: string | null;
  through: string;
}

function countHolds(op: 'gte' | 'lte' | 'eq', count: number, value: number): boolean {
  return op === 'gte' ? count >= value : op === 'lte' ? count <= value : count === value;
}

function eventCount(
  condition: Extract<SegmentCondition, { type: 'event' }>,
  now: Date,
  range: CustomerRange | undefined,
): RawBuilder<boolean> {
  const since =
    condition.withinDays === null
      ? sql`true`
      : sql`e.timestamp >= ${new Date(now.getTime() - condition.withinDays * DAY_MS)}::timestamptz`;
  const filters = condition.where.map((filter) =>
    compareJson(sql`(e.properties #> ${pathOf(filter.path)}::text[])`, filter.op, filter.value),
  );
  const where = filters.length === 0 ? sql`true` : sql.join(filters, sql` and `);
  const matches = sql`e.name = ${condition.event}::text and ${since} and ${where}`;
  const { op, value } = condition.count;
  const compared = sql`count(*) ${countCompare(op)} ${value}::bigint`;
  if (range === undefined) {
    return sql<boolean>`(select count(*) from events e where e.customer_id = customers.id and ${matches})
      ${countCompare(op)} ${value}::bigint`;
  }
  // The range's customers grouped once (events_customer_name_time). A customer with no matching
  // event has no group, so where a count of 0 holds, members are those without a failing group.
  const after = range.after === null ? sql`true` : sql`e.customer_id > ${range.after}::uuid`;
  const grouped = (having: RawBuilder<unknown>) => sql`(select e.customer_id from events e
    where ${after} and e.customer_id <= ${range.through}::uuid and ${matches}
    group by e.customer_id having ${having})`;
  // Kept a hashed subplan (the group read once, probed per customer): as a bare `in` the planner
  // may turn it into a join, and misjudging both sides as one row, regroup the range per customer.
  return countHolds(op, 0, value)
    ? sql<boolean>`customers.id not in ${grouped(sql`not (${compared})`)}`
    : sql<boolean>`coalesce(customers.id in ${grouped(compared)}, false)`;
}

/** Spendable points at `now`: lots past their expiry count as gone before the sweep writes them off. */
function spendablePoints(now: Date): RawBuilder<unknown> {
  return sql`(select coalesce(sum(p.delta), 0) - coalesce(sum(coalesce(p.remaining, p.delta))
    filter (where p.delta > 0 and p.expires_at <= ${now}::timestamptz), 0)
    from points_ledger p where p.customer_id = customers.id)`;
}

function conditionSql(condition: SegmentCondition, now: Date, range?: CustomerRange): RawBuilder<boolean> {
  switch (condition.type) {
    case 'attribute':
      return compareJson(attribute(condition.key), condition.op, condition.value);
    case 'tag': {
      const has = sql<boolean>`exists (select 1 from customer_tags t
        where t.customer_id = customers.id and t.tag = ${condition.tag}::text)`;
      return condition.has ? has : sql<boolean>`not ${has}`;
    }
    case 'points':
      return compareJson(sql`to_jsonb(${spendablePoints(now)})`, condition.op, condition.value);
    case 'tier': {
      // The loyalty program's tier (customer_tiers); as message templates do, a customer the program
      // has not placed falls back to a `tier` attribute (older workspaces kept tiers there).
      // A row with no tier (below every tier) is '' and does not fall back.
      const tier = sql`coalesce((select coalesce(ct.tier_key, '') from customer_tiers ct
        where ct.customer_id = customers.id), customers.attributes ->> 'tier', '')`;
      const inTiers = sql<boolean>`${tier} = any(${condition.in}::text[])`;
      return condition.negate ? sql<boolean>`not ${inTiers}` : inTiers;
    }
    case 'valueTier': {
      // The last computed value tier (refreshed daily by the loyalty maintenance schedule).
      const inTiers = sql<boolean>`exists (select 1 from customer_value_tiers cv
        where cv.customer_id = customers.id and cv.tier = any(${condition.in}::text[]))`;
      return condition.negate ? sql<boolean>`not ${inTiers}` : inTiers;
    }
    case 'event':
      return eventCount(condition, now, range);
    case 'list': {
      const member = sql<boolean>`exists (select 1 from segment_memberships m
        where m.segment_id = ${condition.listId}::uuid and m.customer_id = customers.id)`;
      return condition.negate ? sql<boolean>`not ${member}` : member;
    }
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

/**
 * The rule as a boolean over `customers` (the table, unaliased, must be in scope). `now` anchors
 * "within the last N days"; pass the same clock to every query that must agree. `range`, when the
 * query reads only customers in it, lets rules on events read the range's events at once.
 */
export function segmentRuleSql(rule: SegmentRule, now: Date, range?: CustomerRange): RawBuilder<boolean> {
  switch (rule.type) {
    case 'all':
      return rule.rules.length === 0
        ? sql<boolean>`true`
        : sql<boolean>`(${sql.join(
            rule.rules.map((inner) => segmentRuleSql(inner, now, range)),
            sql` and `,
          )})`;
    case 'any':
      return rule.rules.length === 0
        ? sql<boolean>`false`
        : sql<boolean>`(${sql.join(
            rule.rules.map((inner) => segmentRuleSql(inner, now, range)),
            sql` or `,
          )})`;
    case 'not':
      return sql<boolean>`(not ${segmentRuleSql(rule.rule, now, range)})`;
    default:
      return sql<boolean>`(${conditionSql(rule, now, range)})`;
  }
}
