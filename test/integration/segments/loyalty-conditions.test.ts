// Segment conditions over the loyalty program on real Postgres: the customer value tier (computed by
// packages/loyalty), the membership tier from customer_tiers (a `tier` attribute only for customers
// the program never placed), and points as the spendable balance (expired lots do not count).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSegmentRule, createWorkspace, insertEvent, previewSegmentRule, upsertCustomer } from '@wayfarer/db';
import {
  addMonths,
  createTier,
  evaluateTier,
  grantPoints,
  refreshValueTiers,
  setLoyaltySettings,
} from '@wayfarer/loyalty';
import { segmentRuleSchema } from '@wayfarer/segments';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const NOW = new Date('2026-06-30T12:00:00Z');
const lastMonth = addMonths(NOW, -1);

describe('loyalty conditions in segments (real Postgres)', () => {
  let database: TestDatabase;
  let workspaceId: string;
  const ids: Record<string, string> = {};

  async function customer(name: string, traits: Record<string, unknown> = {}) {
    const row = await upsertCustomer(database.db, { workspaceId, externalId: name, traits: { name, ...traits } });
    ids[name] = row.id;
    return row.id;
  }

  async function track(customerId: string, name: string, properties: Record<string, unknown> = {}) {
    await insertEvent(database.db, {
      workspaceId,
      customerId,
      messageId: randomUUID(),
      kind: 'track',
      name,
      properties,
      timestamp: lastMonth,
    });
  }

  const grant = (customerId: string, points: number, now: Date, expiresInMonths: number | null) =>
    grantPoints(database.db, {
      workspaceId,
      customerId,
      points,
      reason: 'test',
      idempotencyKey: randomUUID(),
      now,
      expiresInMonths,
    });

  beforeAll(async () => {
    database = await createTestDatabase('segment_loyalty_conditions');
    workspaceId = (await createWorkspace(database.db, 'Loyalty segments')).id;
    await setLoyaltySettings(database.db, workspaceId, {
      valueTiers: {
        windowMonths: 12,
        thresholds: {
          strategic: { purchases: 3, spend: 300, referrals: 1 },
          high_value: { purchases: 2, spend: 200, referrals: 0 },
          core: { purchases: 2, spend: 100, referrals: 0 },
          general: { purchases: 1, spend: 0, referrals: 0 },
        },
      },
    });
    await createTier(database.db, workspaceId, {
      key: 'gold',
      name: 'Gold',
      rank: 1,
      metric: 'points',
      threshold: 1000,
    });
    const ann = await customer('ann');
    const bob = await customer('bob', { tier: 'gold' });
    const cat = await customer('cat', { tier: 'gold' });
    await customer('dan');
    for (let i = 0; i < 3; i += 1) await track(ann, 'Order Completed', { revenue: 100 });
    await track(ann, 'Referral Completed');
    for (let i = 0; i < 2; i += 1) await track(bob, 'Order Completed', { revenue: 100 });
    await track(cat, 'Order Completed', { revenue: 50 });
    await refreshValueTiers(database.db, { workspaceId, now: NOW });
    // Eve arrives after the refresh: no value tier yet.
    await customer('eve');

    // Ann earns gold now; Bob earned it two years ago and has fallen below every tier since.
    await grant(ann, 1000, lastMonth, null);
    await evaluateTier(database.db, { workspaceId, customerId: ann, now: NOW });
    const twoYearsAgo = addMonths(NOW, -24);
    await grant(bob, 1000, twoYearsAgo, 12);
    await evaluateTier(database.db, { workspaceId, customerId: bob, now: addMonths(twoYearsAgo, 1) });
    await evaluateTier(database.db, { workspaceId, customerId: bob, now: NOW });
    // Cat's 200 points are live; Bob's 1,000 expired a year ago (not swept yet).
    await grant(cat, 200, lastMonth, null);
  });
  afterAll(async () => database?.drop());

  async function members(input: unknown): Promise<string[]> {
    const rule = segmentRuleSchema.parse(input);
    const preview = await previewSegmentRule(database.db, workspaceId, rule, NOW, 100);
    const count = await countSegmentRule(database.db, workspaceId, rule, NOW);
    const names = preview.map((member) => member.externalId).sort();
    expect(count).toBe(names.length);
    return names;
  }

  it('matches the computed customer value tier', async () => {
    expect(await members({ type: 'valueTier', in: ['strategic'] })).toEqual(['ann']);
    expect(await members({ type: 'valueTier', in: ['strategic', 'high_value'] })).toEqual(['ann', 'bob']);
    expect(await members({ type: 'valueTier', in: ['general'] })).toEqual(['cat']);
    expect(await members({ type: 'valueTier', in: ['potential'] })).toEqual(['dan']);
    // Eve has no tier yet: in none of them, so "is not one of" includes her.
    expect(await members({ type: 'valueTier', in: ['potential', 'general'], negate: true })).toEqual([
      'ann',
      'bob',
      'eve',
    ]);
    expect(
      await members({
        type: 'all',
        rules: [
          { type: 'valueTier', in: ['high_value'] },
          { type: 'tag', tag: 'x', has: false },
        ],
      }),
    ).toEqual(['bob']);
  });

  it('rejects a value tier that does not exist', () => {
    expect(segmentRuleSchema.safeParse({ type: 'valueTier', in: ['vip'] }).success).toBe(false);
    expect(segmentRuleSchema.safeParse({ type: 'valueTier', in: [] }).success).toBe(false);
  });

  it('reads the loyalty tier, and the tier attribute only for customers the program never placed', async () => {
    // Bob's attribute still says gold, but the program moved him below every tier.
    expect(await members({ type: 'tier', in: ['gold'] })).toEqual(['ann', 'cat']);
    expect(await members({ type: 'tier', in: ['gold'], negate: true })).toEqual(['bob', 'dan', 'eve']);
  });

  it('compares points as the spendable balance', async () => {
    expect(await members({ type: 'points', op: 'gte', value: 100 })).toEqual(['ann', 'cat']);
    expect(await members({ type: 'points', op: 'eq', value: 0 })).toEqual(['bob', 'dan', 'eve']);
  });
});
