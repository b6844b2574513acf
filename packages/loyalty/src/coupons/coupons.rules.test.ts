import { describe, expect, it } from 'vitest';
import {
  codeAlphabet,
  couponExpiry,
  isValidCodePattern,
  poolIsOpen,
  redemptionProblem,
  renderCodePattern,
} from './coupons.rules';

const open = { validFrom: null, validUntil: null, validityDays: null, archivedAt: null };
const at = (iso: string) => new Date(iso);

describe('code patterns', () => {
  it('needs a random part of 4 to 32 characters', () => {
    expect(isValidCodePattern('SPRING-{6}')).toBe(true);
    expect(isValidCodePattern('{4}-{4}')).toBe(true);
    expect(isValidCodePattern('SPRING')).toBe(false);
    expect(isValidCodePattern('S-{3}')).toBe(false);
    expect(isValidCodePattern('S-{33}')).toBe(false);
  });

  it('fills each token from the alphabet and keeps the literal parts', () => {
    let i = 0;
    const code = renderCodePattern('VIP-{4}-{2}X', () => i++ % codeAlphabet.length);
    expect(code).toBe('VIP-ABCD-EFX');
  });
});

describe('pool windows', () => {
  it('issues only inside the window and not once archived', () => {
    const pool = { ...open, validFrom: at('2026-01-01T00:00:00Z'), validUntil: at('2026-02-01T00:00:00Z') };
    expect(poolIsOpen(pool, at('2025-12-31T23:59:59Z'))).toBe(false);
    expect(poolIsOpen(pool, at('2026-01-15T00:00:00Z'))).toBe(true);
    expect(poolIsOpen(pool, at('2026-02-01T00:00:00Z'))).toBe(false);
    expect(poolIsOpen({ ...open, archivedAt: at('2026-01-01T00:00:00Z') }, at('2026-01-15T00:00:00Z'))).toBe(false);
  });

  it('expires a coupon after its days, never past the pool window', () => {
    const now = at('2026-01-10T00:00:00Z');
    expect(couponExpiry(open, now)).toBeNull();
    expect(couponExpiry({ ...open, validityDays: 7 }, now)?.toISOString()).toBe('2026-01-17T00:00:00.000Z');
    const closing = { ...open, validityDays: 30, validUntil: at('2026-01-20T00:00:00Z') };
    expect(couponExpiry(closing, now)?.toISOString()).toBe('2026-01-20T00:00:00.000Z');
  });
});

describe('redemptionProblem', () => {
  const issued = {
    customerId: 'c1',
    issuedAt: at('2026-01-01T00:00:00Z'),
    expiresAt: at('2026-02-01T00:00:00Z'),
    redeemedAt: null,
  };
  const now = at('2026-01-15T00:00:00Z');

  it('accepts an issued, live, unredeemed coupon of the customer', () => {
    expect(redemptionProblem(issued, 'c1', now)).toBeNull();
    expect(redemptionProblem(issued, undefined, now)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(redemptionProblem({ ...issued, customerId: null, issuedAt: null }, 'c1', now)).toBe('not_issued');
    expect(redemptionProblem(issued, 'c2', now)).toBe('wrong_customer');
    expect(redemptionProblem({ ...issued, redeemedAt: now }, 'c1', now)).toBe('already_redeemed');
    expect(redemptionProblem(issued, 'c1', at('2026-02-01T00:00:00Z'))).toBe('expired');
  });
});
