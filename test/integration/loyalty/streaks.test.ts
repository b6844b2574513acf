import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIn, getStreak } from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { seedCustomers } from './loyalty-fixtures';

const at = (iso: string) => new Date(iso);

describe('check-in streaks on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let customers: string[];
  beforeAll(async () => {
    database = await createTestDatabase('loyalty_streaks');
    ({ workspaceId, customerIds: customers } = await seedCustomers(database.db, 2));
  });
  afterAll(async () => database.drop());

  it('counts days in the customer’s time zone: Taipei crosses midnight where UTC does not', async () => {
    const [taipei, utc] = [customers[0]!, customers[1]!];
    const checkInAt = (customerId: string, timezone: string, iso: string) =>
      checkIn(database.db, { workspaceId, customerId, timezone, now: at(iso), milestones: [2, 3] });

    // 23:30 and 00:30 in Taipei (15:30 and 16:30 UTC, both on 1 March in UTC).
    const t1 = await checkInAt(taipei, 'Asia/Taipei', '2026-03-01T15:30:00Z');
    const t2 = await checkInAt(taipei, 'Asia/Taipei', '2026-03-01T16:30:00Z');
    expect([t1.localDate, t2.localDate]).toEqual(['2026-03-01', '2026-03-02']);
    expect(t2).toMatchObject({ counted: true, state: { current: 2, longest: 2 } });
    expect(t2.facts).toEqual([{ type: 'streak_reached', days: 2 }]);

    const u1 = await checkInAt(utc, 'UTC', '2026-03-01T15:30:00Z');
    const u2 = await checkInAt(utc, 'UTC', '2026-03-01T16:30:00Z');
    expect(u1.state.current).toBe(1);
    expect(u2).toMatchObject({ counted: false, facts: [], state: { current: 1, lastDate: '2026-03-01' } });
  });

  it('breaks the streak after a missed local day and keeps the longest', async () => {
    const taipei = customers[0]!;
    // Taipei 3 March is skipped; 4 March 09:00 Taipei is 4 March 01:00 UTC.
    const result = await checkIn(database.db, {
      workspaceId,
      customerId: taipei,
      timezone: 'Asia/Taipei',
      now: at('2026-03-04T01:00:00Z'),
    });
    expect(result.facts).toEqual([{ type: 'streak_broken', length: 2, lastDate: '2026-03-02' }]);
    expect(result.state).toEqual({ current: 1, longest: 2, lastDate: '2026-03-04' });
    expect(await getStreak(database.db, taipei)).toEqual(result.state);
  });

  it('keeps separate streaks per key and serialises parallel check-ins', async () => {
    const customerId = customers[1]!;
    const input = { workspaceId, customerId, streakKey: 'gym', timezone: 'UTC', now: at('2026-05-01T08:00:00Z') };
    const results = await Promise.all(Array.from({ length: 5 }, () => checkIn(database.db, input)));
    expect(results.filter((result) => result.counted)).toHaveLength(1);
    expect(await getStreak(database.db, customerId, 'gym')).toEqual({ current: 1, longest: 1, lastDate: '2026-05-01' });
    expect((await getStreak(database.db, customerId))?.lastDate).toBe('2026-03-01');
  });
});
