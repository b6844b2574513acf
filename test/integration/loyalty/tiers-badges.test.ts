import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awardBadge,
  createBadge,
  createTier,
  customerBadges,
  customerTier,
  evaluateTier,
  grantPoints,
  tierHistory,
} from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

const at = (iso: string) => new Date(iso);

describe('tiers and badges on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_tiers');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 3));
    await createTier(database.db, workspaceId, {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      metric: 'points',
      threshold: 1_000,
    });
    await createTier(database.db, workspaceId, {
      key: 'gold',
      name: 'Gold',
      rank: 2,
      metric: 'points',
      threshold: 5_000,
    });
    await createTier(database.db, workspaceId, {
      key: 'vip',
      name: 'VIP',
      rank: 3,
      metric: 'spend',
      threshold: 20_000,
      windowMonths: 6,
    });
  });
  afterAll(async () => database.drop());

  it('upgrades and downgrades on points over a rolling 12 months, with history', async () => {
    const customerId = customers[0]!;
    const grant = (key: string, points: number, now: string) =>
      grantPoints(database.db, {
        workspaceId,
        customerId,
        points,
        reason: 'purchase',
        idempotencyKey: key,
        now: at(now),
      });
    const evaluate = (now: string) => evaluateTier(database.db, { workspaceId, customerId, now: at(now) });

    expect(await evaluate('2026-01-01T00:00:00Z')).toEqual({ tier: null, change: null });
    await grant('t-1', 1_200, '2026-01-10T00:00:00Z');
    expect(await evaluate('2026-01-11T00:00:00Z')).toEqual({
      tier: 'silver',
      change: { type: 'tier_changed', from: null, to: 'silver', direction: 'upgrade' },
    });
    expect(await evaluate('2026-01-12T00:00:00Z')).toEqual({ tier: 'silver', change: null });
    await grant('t-2', 4_000, '2026-03-01T00:00:00Z');
    expect((await evaluate('2026-03-02T00:00:00Z')).change).toMatchObject({
      from: 'silver',
      to: 'gold',
      direction: 'upgrade',
    });
    // The January grant leaves the 12-month window: 4,000 points is silver again.
    expect((await evaluate('2027-01-15T00:00:00Z')).change).toMatchObject({
      from: 'gold',
      to: 'silver',
      direction: 'downgrade',
    });
    expect((await evaluate('2027-03-05T00:00:00Z')).change).toMatchObject({
      from: 'silver',
      to: null,
      direction: 'downgrade',
    });
    expect(await customerTier(database.db, customerId)).toBeNull();
    expect((await tierHistory(database.db, customerId)).map(({ from, to }) => [from, to])).toEqual([
      [null, 'silver'],
      ['silver', 'gold'],
      ['gold', 'silver'],
      ['silver', null],
    ]);
  });

  it('reaches a spend tier from purchase events in its window', async () => {
    const customerId = customers[1]!;
    const purchase = (messageId: string, revenue: unknown, timestamp: string) => ({
      workspaceId,
      customerId,
      messageId,
      kind: 'track' as const,
      name: 'Order Completed',
      properties: JSON.stringify({ revenue }),
      timestamp,
    });
    await database.db
      .insertInto('events')
      .values([
        purchase('o-1', 12_000, '2026-01-05T00:00:00Z'),
        purchase('o-2', 9_000, '2026-04-01T00:00:00Z'),
        purchase('o-3', 'not a number', '2026-04-02T00:00:00Z'),
      ])
      .execute();
    const inWindow = await evaluateTier(database.db, { workspaceId, customerId, now: at('2026-05-01T00:00:00Z') });
    expect(inWindow).toMatchObject({ tier: 'vip', change: { direction: 'upgrade', to: 'vip' } });
    const later = await evaluateTier(database.db, { workspaceId, customerId, now: at('2026-08-01T00:00:00Z') });
    expect(later).toMatchObject({ tier: null, change: { from: 'vip', to: null, direction: 'downgrade' } });
  });

  it('awards a badge once, and a retry with the same key reports the same award', async () => {
    const customerId = customers[2]!;
    const badge = await createBadge(database.db, workspaceId, { key: 'first-purchase', name: 'First purchase' });
    const input = { workspaceId, customerId, badgeId: badge.id, idempotencyKey: 'badge-1' };
    const results = await Promise.all([awardBadge(database.db, input), awardBadge(database.db, input)]);
    expect(results.map((result) => result.status)).toEqual(['awarded', 'awarded']);
    expect(results.filter((result) => result.status === 'awarded' && result.duplicate)).toHaveLength(1);
    const other = await awardBadge(database.db, { ...input, idempotencyKey: 'badge-2' });
    expect(other.status).toBe('already_awarded');
    expect((await customerBadges(database.db, customerId)).map((held) => held.key)).toEqual(['first-purchase']);
  });
});
