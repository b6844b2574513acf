// Pure rules of coupon pools: code patterns, validity windows, redemption checks.

/** Characters of generated codes: no 0/O or 1/I/L, which people misread when typing a code. */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

const token = /\{(\d+)\}/g;

/** Whether a pattern yields enough randomness: at least one `{n}` token, 4 to 32 characters each. */
export function isValidCodePattern(pattern: string): boolean {
  const lengths = [...pattern.matchAll(token)].map((match) => Number(match[1]));
  return lengths.length > 0 && lengths.every((n) => n >= 4 && n <= 32) && pattern.length <= 100;
}

/** `SPRING-{6}` → `SPRING-` + 6 characters of `codeAlphabet`, each chosen by `pick(alphabetSize)`. */
export function renderCodePattern(pattern: string, pick: (size: number) => number): string {
  return pattern.replace(token, (_match, n: string) =>
    Array.from({ length: Number(n) }, () => codeAlphabet.charAt(pick(codeAlphabet.length))).join(''),
  );
}

/** The validity settings of a pool that issuing and redemption look at. */
export interface PoolWindow {
  validFrom: Date | null;
  validUntil: Date | null;
  validityDays: number | null;
  archivedAt: Date | null;
}

/** Whether the pool may issue at `now`. */
export function poolIsOpen(pool: PoolWindow, now: Date): boolean {
  if (pool.archivedAt !== null) return false;
  if (pool.validFrom !== null && now < pool.validFrom) return false;
  return pool.validUntil === null || now < pool.validUntil;
}

/** When a coupon issued at `now` stops being redeemable: `validityDays` later, never past `validUntil`. */
export function couponExpiry(pool: PoolWindow, now: Date): Date | null {
  const byDays = pool.validityDays === null ? null : new Date(now.getTime() + pool.validityDays * 86_400_000);
  if (byDays === null) return pool.validUntil;
  if (pool.validUntil === null) return byDays;
  return byDays < pool.validUntil ? byDays : pool.validUntil;
}

export type RedemptionProblem = 'not_issued' | 'wrong_customer' | 'expired' | 'already_redeemed';

/** Why a coupon cannot be redeemed now by `customerId` (any customer when undefined), or null. */
export function redemptionProblem(
  coupon: { customerId: string | null; issuedAt: Date | null; expiresAt: Date | null; redeemedAt: Date | null },
  customerId: string | undefined,
  now: Date,
): RedemptionProblem | null {
  if (coupon.issuedAt === null || coupon.customerId === null) return 'not_issued';
  if (customerId !== undefined && coupon.customerId !== customerId) return 'wrong_customer';
  if (coupon.redeemedAt !== null) return 'already_redeemed';
  if (coupon.expiresAt !== null && now >= coupon.expiresAt) return 'expired';
  return null;
}
