import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deductPoints, expirePoints, grantPoints, pointsBalanceAt, setLoyaltySettings } from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

const at = (iso: string) => new Date(iso);

describe('points ledger on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_points');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 6));
  });
  afterAll(async () => database.drop());

  const write = (customerId: string, key: string, points: number, now: Date) => ({
    workspaceId,
    customerId,
    points,
    reason: 'test',
    idempotencyKey: key,
    now,
  });

  it('writes one row for parallel grants with the same key', async () => {
    const customerId = customers[0]!;
    const now = at('2026-01-01T00:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 40 }, () => grantPoints(database.db, write(customerId, 'same-key', 100, now))),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.entryId)).size).toBe(1);
    const rows = await database.db
      .selectFrom('pointsLedger')
      .select('id')
      .where('customerId', '=', customerId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await pointsBalanceAt(database.db, customerId, now)).toBe(100);
  });

  it('never goes negative unless allowed, and a later grant pays an allowed overdraft first', async () => {
    const customerId = customers[1]!;
    const now = at('2026-01-01T00:00:00Z');
    await grantPoints(database.db, write(customerId, 'neg-grant-1', 50, now));
    const refused = await deductPoints(database.db, write(customerId, 'neg-deduct-1', 80, now));
    expect(refused).toEqual({ status: 'insufficient_points', balance: 50 });
    const overdraft = await deductPoints(database.db, {
      ...write(customerId, 'neg-deduct-2', 80, now),
      allowNegative: true,
    });
    expect(overdraft).toMatchObject({ status: 'applied', balance: -30 });
    const retried = await deductPoints(database.db, {
      ...write(customerId, 'neg-deduct-2', 80, now),
      allowNegative: true,
    });
    expect(retried).toMatchObject({ status: 'applied', duplicate: true, balance: -30 });
    await grantPoints(database.db, write(customerId, 'neg-grant-2', 100, now));
    expect(await pointsBalanceAt(database.db, customerId, now)).toBe(70);
    // The new lot paid the 30-point overdraft: only 70 of it is left to spend or expire.
    const lot = await database.db
      .selectFrom('pointsLedger')
      .select('remaining')
      .where('idempotencyKey', '=', 'neg-grant-2')
      .executeTakeFirstOrThrow();
    expect(lot.remaining).toBe(70);
  });

  it('spends the oldest grants first and expires what is left of each after N months', async () => {
    const customerId = customers[2]!;
    await setLoyaltySettings(database.db, workspaceId, { pointsExpiryMonths: 12 });
    await grantPoints(database.db, write(customerId, 'fifo-a', 100, at('2026-01-10T00:00:00Z')));
    await grantPoints(database.db, write(customerId, 'fifo-b', 50, at('2026-06-10T00:00:00Z')));
    await grantPoints(database.db, {
      ...write(customerId, 'fifo-c', 10, at('2026-07-01T00:00:00Z')),
      expiresInMonths: null,
    });
    const spent = await deductPoints(database.db, write(customerId, 'fifo-spend', 80, at('2026-07-10T00:00:00Z')));
    expect(spent).toMatchObject({ status: 'applied', balance: 80 });

    // Lot a (20 left) expired on 2027-01-10: gone from the balance before any sweep runs.
    expect(await pointsBalanceAt(database.db, customerId, at('2027-01-09T23:59:59Z'))).toBe(80);
    expect(await pointsBalanceAt(database.db, customerId, at('2027-01-10T00:00:00Z'))).toBe(60);
    const sweep = await expirePoints(database.db, { now: at('2027-02-01T00:00:00Z'), workspaceId });
    expect(sweep).toEqual({ customers: 1, lots: 1, points: 20 });
    expect(await expirePoints(database.db, { now: at('2027-02-01T00:00:00Z'), workspaceId })).toEqual({
      customers: 0,
      lots: 0,
      points: 0,
    });
    expect(await pointsBalanceAt(database.db, customerId, at('2027-02-01T00:00:00Z'))).toBe(60);

    // A deduction after the sweep cannot touch expired points, and takes b before the never-expiring c.
    await deductPoints(database.db, write(customerId, 'fifo-spend-2', 45, at('2027-03-01T00:00:00Z')));
    const left = await database.db
      .selectFrom('pointsLedger')
      .select(['idempotencyKey', 'remaining'])
      .where('idempotencyKey', 'in', ['fifo-a', 'fifo-b', 'fifo-c'])
      .orderBy('idempotencyKey')
      .execute();
    expect(left).toEqual([
      { idempotencyKey: 'fifo-a', remaining: 0 },
      { idempotencyKey: 'fifo-b', remaining: 5 },
      { idempotencyKey: 'fifo-c', remaining: null },
    ]);
    await expirePoints(database.db, { now: at('2027-06-10T00:00:00Z'), workspaceId });
    expect(await pointsBalanceAt(database.db, customerId, at('2027-06-10T00:00:00Z'))).toBe(10);
    const expiredRows = await database.db
      .selectFrom('pointsLedger')
      .select('delta')
      .where('customerId', '=', customerId)
      .where('reason', '=', 'points expired')
      .orderBy('createdAt')
      .execute();
    expect(expiredRows.map((row) => row.delta)).toEqual([-20, -5]);
  });

  it('serialises parallel spending so the balance never dips below zero', async () => {
    const customerId = customers[3]!;
    const now = at('2026-01-01T00:00:00Z');
    await grantPoints(database.db, write(customerId, 'race-grant', 100, now));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => deductPoints(database.db, write(customerId, `race-spend-${i}`, 30, now))),
    );
    expect(results.filter((result) => result.status === 'applied')).toHaveLength(3);
    expect(await pointsBalanceAt(database.db, customerId, now)).toBe(10);
  });
});
