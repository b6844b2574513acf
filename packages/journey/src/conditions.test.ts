import { describe, expect, it } from 'vitest';
import {
  comparisonOperators,
  matchesAll,
  matchesComparison,
  readPath,
  type Comparison,
  type ComparisonOperator,
} from './conditions';

const customer = {
  plan: 'gold',
  age: 42,
  score: '17',
  signedUpAt: '2024-03-01T00:00:00Z',
  tags: ['vip', 'tw'],
  address: { city: 'Taipei', zip: null },
  nickname: '',
};

function check(path: string, op: ComparisonOperator, value?: unknown): boolean {
  const comparison: Comparison = value === undefined ? { path, op } : { path, op, value };
  return matchesComparison(customer, comparison);
}

describe('readPath', () => {
  it('reads nested values by dotted path', () => {
    expect(readPath(customer, 'address.city')).toBe('Taipei');
    expect(readPath(customer, 'tags')).toEqual(['vip', 'tw']);
  });

  it('is undefined when any segment is missing or not an object', () => {
    expect(readPath(customer, 'address.street')).toBeUndefined();
    expect(readPath(customer, 'plan.length.x')).toBeUndefined();
    expect(readPath(null, 'a')).toBeUndefined();
    expect(readPath(customer, 'address.zip.code')).toBeUndefined();
  });

  it('reads own properties only, never inherited ones', () => {
    expect(readPath(customer, 'constructor')).toBeUndefined();
    expect(readPath(customer, 'address.toString')).toBeUndefined();
    expect(readPath(customer, '__proto__')).toBeUndefined();
    expect(check('valueOf', 'exists')).toBe(false);
    expect(readPath(customer, 'tags.1')).toBe('tw');
  });
});

describe('matchesComparison', () => {
  it('covers every operator', () => {
    // A new operator must get a case in matchesComparison and a test here.
    expect(comparisonOperators).toEqual([
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
    ]);
  });

  it('matches a text against one keyword pattern or any of a list, and nothing else', () => {
    expect(check('address.city', 'matches', 'taipei')).toBe(true);
    expect(check('address.city', 'matches', ['kaohsiung', 'tai*'])).toBe(true);
    expect(check('address.city', 'matches', ['kaohsiung'])).toBe(false);
    expect(check('age', 'matches', '42')).toBe(false);
    expect(check('plan', 'matches', 7)).toBe(false);
  });

  it('eq / neq compare loosely between numbers and numeric strings', () => {
    expect(check('plan', 'eq', 'gold')).toBe(true);
    expect(check('plan', 'eq', 'silver')).toBe(false);
    expect(check('age', 'eq', '42')).toBe(true);
    expect(check('score', 'eq', 17)).toBe(true);
    expect(check('plan', 'neq', 'silver')).toBe(true);
    expect(check('plan', 'neq', 'gold')).toBe(false);
    expect(check('missing', 'eq', 'x')).toBe(false);
    expect(check('missing', 'neq', 'x')).toBe(true);
  });

  it('eq does not treat objects by value', () => {
    expect(check('address', 'eq', { city: 'Taipei', zip: null })).toBe(false);
  });

  it('gt / gte / lt / lte order numbers', () => {
    expect(check('age', 'gt', 41)).toBe(true);
    expect(check('age', 'gt', 42)).toBe(false);
    expect(check('age', 'gte', 42)).toBe(true);
    expect(check('age', 'lt', 43)).toBe(true);
    expect(check('age', 'lt', 42)).toBe(false);
    expect(check('age', 'lte', 42)).toBe(true);
  });

  it('orders numeric strings as numbers, not lexically', () => {
    expect(check('score', 'gt', 9)).toBe(true);
    expect(check('score', 'gt', '9')).toBe(true);
    expect(check('score', 'lt', '100')).toBe(true);
  });

  it('orders ISO dates chronologically', () => {
    expect(check('signedUpAt', 'gt', '2024-02-29T23:59:59Z')).toBe(true);
    expect(check('signedUpAt', 'lt', '2024-03-01T00:00:01Z')).toBe(true);
    expect(check('signedUpAt', 'gte', '2024-03-01T00:00:00Z')).toBe(true);
  });

  it('orders plain strings lexically', () => {
    expect(check('plan', 'gt', 'bronze')).toBe(true);
    expect(check('plan', 'lt', 'silver')).toBe(true);
  });

  it('ordering against a missing or non-comparable value is false', () => {
    for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
      expect(check('missing', op, 1)).toBe(false);
      expect(check('plan', op, 1)).toBe(false);
      expect(check('age', op, 'abc')).toBe(false);
      expect(check('tags', op, 1)).toBe(false);
    }
  });

  it('contains looks inside arrays and strings', () => {
    expect(check('tags', 'contains', 'vip')).toBe(true);
    expect(check('tags', 'contains', 'jp')).toBe(false);
    expect(check('address.city', 'contains', 'pei')).toBe(true);
    expect(check('address.city', 'contains', 'Osaka')).toBe(false);
    expect(check('age', 'contains', 4)).toBe(false);
  });

  it('in checks membership in the expected list', () => {
    expect(check('plan', 'in', ['gold', 'platinum'])).toBe(true);
    expect(check('age', 'in', ['41', '42'])).toBe(true);
    expect(check('plan', 'in', ['silver'])).toBe(false);
    expect(check('plan', 'in', 'gold')).toBe(false);
  });

  it('exists / not_exists treat null and undefined as absent, other falsy values as present', () => {
    expect(check('plan', 'exists')).toBe(true);
    expect(check('nickname', 'exists')).toBe(true);
    expect(check('address.zip', 'exists')).toBe(false);
    expect(check('missing', 'exists')).toBe(false);
    expect(check('missing', 'not_exists')).toBe(true);
    expect(check('address.zip', 'not_exists')).toBe(true);
    expect(check('plan', 'not_exists')).toBe(false);
  });
});

describe('matchesAll', () => {
  it('matches when every comparison passes, and an empty list matches everything', () => {
    expect(matchesAll(customer, [])).toBe(true);
    expect(
      matchesAll(customer, [
        { path: 'plan', op: 'eq', value: 'gold' },
        { path: 'age', op: 'gte', value: 18 },
      ]),
    ).toBe(true);
    expect(
      matchesAll(customer, [
        { path: 'plan', op: 'eq', value: 'gold' },
        { path: 'age', op: 'lt', value: 18 },
      ]),
    ).toBe(false);
  });
});
