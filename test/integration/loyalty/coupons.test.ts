import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  couponPoolStock,
  createCouponPool,
  issueCoupon,
  redeemCoupon,
  type IssueCouponResult,
} from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

const at = (iso: string) => new Date(iso);

describe('coupon pools on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_coupons');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 200));
  });
  afterAll(async () => database.drop());

  async function grantToEveryone(poolId: string, keyPrefix: string): Promise<IssueCouponResult[]> {
    return Promise.all(
      customers.map((customerId, i) =>
        issueCoupon(database.db, { workspaceId, poolId, customerId, idempotencyKey: `${keyPrefix}-${i}` }),
      ),
    );
  }

  function expectExactlyFifty(results: IssueCouponResult[]) {
    const issued = results.flatMap((result) => (result.status === 'issued' ? [result.coupon.code] : []));
    expect(issued).toHaveLength(50);
    expect(new Set(issued).size).toBe(50);
    expect(results.filter((result) => result.status === 'out_of_stock')).toHaveLength(150);
  }

  it('issues exactly 50 of a 50-code pattern pool to 200 concurrent grants', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Spring',
      source: 'pattern',
      codePattern: 'SPRING-{6}',
      inventory: 50,
    });
    expectExactlyFifty(await grantToEveryone(pool.id, 'pattern'));
    const stored = await database.db.selectFrom('coupons').select('code').where('poolId', '=', pool.id).execute();
    expect(stored).toHaveLength(50);
    expect(await couponPoolStock(database.db, pool.id)).toEqual({ issued: 50, redeemed: 0, remaining: 0 });
  });

  it('hands out exactly the 50 uploaded codes of a list pool to 200 concurrent grants', async () => {
    const codes = Array.from({ length: 50 }, (_, i) => `LIST-${String(i).padStart(3, '0')}`);
    const pool = await createCouponPool(database.db, workspaceId, { name: 'Listed', source: 'list', codes });
    const results = await grantToEveryone(pool.id, 'list');
    expectExactlyFifty(results);
    const issued = results.flatMap((result) => (result.status === 'issued' ? [result.coupon.code] : []));
    expect(issued.sort()).toEqual(codes);
    expect(await couponPoolStock(database.db, pool.id)).toEqual({ issued: 50, redeemed: 0, remaining: 0 });
  });

  it('returns the same coupon for the same idempotency key, and enforces the per-customer limit', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Twice',
      source: 'pattern',
      codePattern: 'TWO-{8}',
      inventory: null,
      perCustomerLimit: 2,
    });
    const customerId = customers[0]!;
    const input = { workspaceId, poolId: pool.id, customerId };
    const parallel = await Promise.all(
      Array.from({ length: 10 }, () => issueCoupon(database.db, { ...input, idempotencyKey: 'k1' })),
    );
    const codes = parallel.map((result) => (result.status === 'issued' ? result.coupon.code : result.status));
    expect(new Set(codes).size).toBe(1);
    expect(parallel.filter((result) => result.status === 'issued' && !result.duplicate)).toHaveLength(1);
    expect(await issueCoupon(database.db, { ...input, idempotencyKey: 'k2' })).toMatchObject({ status: 'issued' });
    expect(await issueCoupon(database.db, { ...input, idempotencyKey: 'k3' })).toEqual({ status: 'limit_reached' });
  });

  it('issues only inside the validity window and expires coupons after their days', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'January',
      source: 'pattern',
      codePattern: 'JAN-{6}',
      inventory: 10,
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2026-02-01T00:00:00Z',
      validityDays: 7,
    });
    const input = { workspaceId, poolId: pool.id, customerId: customers[1]! };
    expect(
      await issueCoupon(database.db, { ...input, idempotencyKey: 'early', now: at('2025-12-31T00:00:00Z') }),
    ).toEqual({
      status: 'inactive',
    });
    const issued = await issueCoupon(database.db, { ...input, idempotencyKey: 'jan', now: at('2026-01-10T00:00:00Z') });
    if (issued.status !== 'issued') throw new Error(`expected a coupon, got ${issued.status}`);
    expect(issued.coupon.expiresAt?.toISOString()).toBe('2026-01-17T00:00:00.000Z');
    const code = issued.coupon.code;
    const late = await redeemCoupon(database.db, { workspaceId, code, now: at('2026-01-17T00:00:00Z') });
    expect(late).toEqual({ status: 'expired' });
  });

  it('redeems a coupon once, for its own customer', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Redeem',
      source: 'list',
      codes: ['R-1', 'R-2'],
    });
    const customerId = customers[2]!;
    const issued = await issueCoupon(database.db, {
      workspaceId,
      poolId: pool.id,
      customerId,
      idempotencyKey: 'redeem-1',
    });
    if (issued.status !== 'issued') throw new Error(`expected a coupon, got ${issued.status}`);
    const code = issued.coupon.code;
    const other = code === 'R-1' ? 'R-2' : 'R-1';
    expect(await redeemCoupon(database.db, { workspaceId, code: other })).toEqual({ status: 'not_issued' });
    expect(await redeemCoupon(database.db, { workspaceId, code: 'NOPE' })).toEqual({ status: 'not_found' });
    expect(await redeemCoupon(database.db, { workspaceId, code, customerId: customers[3]! })).toEqual({
      status: 'wrong_customer',
    });
    const [first, second] = await Promise.all([
      redeemCoupon(database.db, { workspaceId, code, customerId }),
      redeemCoupon(database.db, { workspaceId, code, customerId }),
    ]);
    expect([first?.status, second?.status].sort()).toEqual(['already_redeemed', 'redeemed']);
    expect(await couponPoolStock(database.db, pool.id)).toEqual({ issued: 1, redeemed: 1, remaining: 1 });
  });
});
