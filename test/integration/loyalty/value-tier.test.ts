import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerValueTier, refreshValueTiers, setLoyaltySettings } from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

const now = new Date('2026-06-01T00:00:00Z');

describe('customer value tiers on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_value_tier');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 5));
  });
  afterAll(async () => database.drop());

  async function track(customerIndex: number, name: string, count: number, revenue: number, timestamp: string) {
    const rows = Array.from({ length: count }, (_, i) => ({
      workspaceId,
      customerId: customers[customerIndex]!,
      messageId: `${customerIndex}-${name}-${timestamp}-${i}`,
      kind: 'track' as const,
      name,
      properties: JSON.stringify({ revenue }),
      timestamp,
    }));
    await database.db.insertInto('events').values(rows).execute();
  }

  it('classifies customers from purchases, spend and referrals in the window, with workspace thresholds', async () => {
    await setLoyaltySettings(database.db, workspaceId, {
      purchaseEvent: 'Order Completed',
      referralEvent: 'Referral Completed',
      valueTiers: {
        windowMonths: 6,
        thresholds: {
          strategic: { purchases: 5, spend: 5_000, referrals: 2 },
          high_value: { purchases: 5, spend: 5_000, referrals: 0 },
          core: { purchases: 2, spend: 500, referrals: 0 },
          general: { purchases: 1, spend: 0, referrals: 0 },
        },
      },
    });
    await track(0, 'Order Completed', 5, 1_000, '2026-03-01T00:00:00Z');
    await track(0, 'Referral Completed', 2, 0, '2026-04-01T00:00:00Z');
    await track(1, 'Order Completed', 6, 1_000, '2026-02-01T00:00:00Z');
    await track(2, 'Order Completed', 2, 300, '2026-05-01T00:00:00Z');
    await track(3, 'Order Completed', 1, 50, '2026-05-20T00:00:00Z');
    // Customer 4 bought a lot, but before the 6-month window.
    await track(4, 'Order Completed', 10, 10_000, '2025-10-01T00:00:00Z');
    await track(4, 'Page Viewed', 3, 0, '2026-05-01T00:00:00Z');

    const counts = await refreshValueTiers(database.db, { workspaceId, now, batchSize: 2 });
    expect(counts).toEqual({ strategic: 1, high_value: 1, core: 1, general: 1, potential: 1 });
    const tiers = await Promise.all(customers.map((id) => customerValueTier(database.db, id)));
    expect(tiers).toEqual(['strategic', 'high_value', 'core', 'general', 'potential']);
    const row = await database.db
      .selectFrom('customerValueTiers')
      .select(['purchases', 'spend', 'referrals'])
      .where('customerId', '=', customers[0]!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ purchases: 5, spend: 5_000, referrals: 2 });
  });

  it('moves a customer when a refresh sees new activity', async () => {
    await track(3, 'Order Completed', 1, 600, '2026-06-15T00:00:00Z');
    await refreshValueTiers(database.db, { workspaceId, now: new Date('2026-07-01T00:00:00Z') });
    expect(await customerValueTier(database.db, customers[3]!)).toBe('core');
  });
});
