import { describe, expect, it } from 'vitest';
import { budgetSpentDetail, DEFAULT_DELIVERY_RETRY_BUDGET, mayRetry } from './retry-budget';

describe('delivery retry budget', () => {
  const first = new Date('2026-01-01T00:00:00Z');
  const later = (ms: number) => new Date(first.getTime() + ms);

  it('allows retries until the attempts or the time run out, whichever is first', () => {
    const budget = { attempts: 3, withinMs: 60_000 };
    expect(mayRetry(budget, 1, first, later(1_000))).toBe(true);
    expect(mayRetry(budget, 2, first, later(59_999))).toBe(true);
    expect(mayRetry(budget, 3, first, later(5_000))).toBe(false);
    expect(mayRetry(budget, 1, first, later(60_000))).toBe(false);
    expect(DEFAULT_DELIVERY_RETRY_BUDGET).toEqual({ attempts: 8, withinMs: 3_600_000 });
  });

  it('says in the detail that the budget was spent', () => {
    expect(budgetSpentDetail('connect ECONNREFUSED', 3, first, later(7_400))).toBe(
      'connect ECONNREFUSED — gave up after 3 attempts in 7 s (retry budget spent)',
    );
  });
});
