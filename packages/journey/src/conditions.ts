// Pure, dependency-free condition matching. Imported by the workflow sandbox (await-event filters),
// the ingest router (trigger filters) and branch nodes, so one meaning of "matches" serves all three.
import { matchesAnyTextPattern } from './text-pattern';

/**
 * Operators a comparison may use; `exists`/`not_exists` ignore `value`. `matches`: a text that
 * matches a keyword pattern, or any of a list of them (see text-pattern.ts).
 */
export const comparisonOperators = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'in',
  'exists',
  'not_exists',
  'matches',
] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

/** One test of a value found at a dotted `path` in a subject object. */
export interface Comparison {
  path: string;
  op: ComparisonOperator;
  value?: unknown;
}

/** Reads `a.b.c` from nested plain objects; undefined when any segment is missing. */
export function readPath(subject: unknown, path: string): unknown {
  let current: unknown = subject;
  for (const segment of path.split('.')) {
    // Own properties only: `constructor` or `toString` must not "exist" on every customer.
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function compareOrdered(actual: unknown, expected: unknown): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string') {
    const a = Date.parse(actual);
    const b = Date.parse(expected);
    if (!Number.isNaN(a) && !Number.isNaN(b) && !/^-?\d+(\.\d+)?$/.test(actual)) return a - b;
    const an = Number(actual);
    const bn = Number(expected);
    if (!Number.isNaN(an) && !Number.isNaN(bn)) return an - bn;
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  }
  if (typeof actual === 'string' && typeof expected === 'number') {
    const an = Number(actual);
    return Number.isNaN(an) ? undefined : an - expected;
  }
  return undefined;
}

function looselyEqual(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (typeof actual === 'number' && typeof expected === 'string') return String(actual) === expected;
  if (typeof actual === 'string' && typeof expected === 'number') return actual === String(expected);
  return false;
}

/** The patterns of a `matches` comparison: one pattern or a list; anything else matches nothing. */
function patternsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** True when the value at `comparison.path` in `subject` passes the comparison. */
export function matchesComparison(subject: unknown, comparison: Comparison): boolean {
  const actual = readPath(subject, comparison.path);
  const expected = comparison.value;
  switch (comparison.op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'not_exists':
      return actual === undefined || actual === null;
    case 'eq':
      return looselyEqual(actual, expected);
    case 'neq':
      return !looselyEqual(actual, expected);
    case 'contains':
      if (Array.isArray(actual)) return actual.some((item) => looselyEqual(item, expected));
      return typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected);
    case 'in':
      return Array.isArray(expected) && expected.some((item) => looselyEqual(actual, item));
    case 'matches':
      return typeof actual === 'string' && matchesAnyTextPattern(actual, patternsOf(expected));
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const order = compareOrdered(actual, expected);
      if (order === undefined) return false;
      if (comparison.op === 'gt') return order > 0;
      if (comparison.op === 'gte') return order >= 0;
      if (comparison.op === 'lt') return order < 0;
      return order <= 0;
    }
    default: {
      const unreachable: never = comparison.op;
      return unreachable;
    }
  }
}

/** True when every comparison passes (an empty list matches everything). */
export function matchesAll(subject: unknown, comparisons: readonly Comparison[]): boolean {
  return comparisons.every((comparison) => matchesComparison(subject, comparison));
}
