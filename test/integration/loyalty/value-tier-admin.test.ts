// The value-tier and leaderboard admin API (issue 6): workspace thresholds, recompute now with
// counts per tier (and `value_tier_changed` events), field-named validation errors, and this month's
// points leaderboard.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCustomerAttributes, upsertCustomer, type Db } from '@wayfarer/db';
import { addMonths, grantPoints } from '@wayfarer/loyalty';
import { VALUE_TIER_CHANGED_EVENT } from '@wayfarer/worker';
import { createTestWorkspace, startTestServer, trpcClient, trpcError, type TestServer } from '../server/support';

const thresholds = {
  strategic: { purchases: 5, spend: 5_000, referrals: 1 },
  high_value: { purchases: 3, spend: 1_000, referrals: 0 },
  core: { purchases: 2, spend: 200, referrals: 0 },
  general: { purchases: 1, spend: 0, referrals: 0 },
};

async function customer(db: Db, workspaceId: string, name: string): Promise<string> {
  const row = await upsertCustomer(db, {
    workspaceId,
    externalId: `${name.toLowerCase()}-${randomUUID()}`,
    traits: { name },
    timezone: 'UTC',
    locale: 'en',
  });
  return row.id;
}

async function track(db: Db, workspaceId: string, customerId: string, name: string, count: number, revenue = 0) {
  const rows = Array.from({ length: count }, (_, i) => ({
    workspaceId,
    customerId,
    messageId: `${customerId}-${name}-${i}`,
    kind: 'track' as const,
    name,
    properties: JSON.stringify({ revenue }),
    timestamp: addMonths(new Date(), -1).toISOString(),
  }));
  await db.insertInto('events').values(rows).execute();
}

describe('value tier and leaderboard admin API', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer('value_tier_admin');
  });
  afterAll(async () => test?.close());

  it('saves thresholds, recomputes, and counts customers per tier', async () => {
    const workspace = await createTestWorkspace(test);
    const api = trpcClient(test, workspace.fullKey);
    const { db } = test.database;
    const ws = workspace.workspaceId;
    const [strategic, highValue, core, general, potential, alsoGeneral] = await Promise.all(
      ['Sia', 'Hal', 'Cora', 'Gus', 'Pat', 'Gia'].map((name) => customer(db, ws, name)),
    );
    await track(db, ws, strategic!, 'Order Completed', 5, 1_000);
    await track(db, ws, strategic!, 'Referral Completed', 1);
    await track(db, ws, highValue!, 'Order Completed', 3, 400);
    await track(db, ws, core!, 'Order Completed', 2, 150);
    await track(db, ws, general!, 'Order Completed', 1, 10);
    await track(db, ws, alsoGeneral!, 'Order Completed', 1, 5_000);
    await track(db, ws, potential!, 'Page Viewed', 3);

    const before = await api.loyalty.valueTiers.get.query();
    expect(before.counts).toEqual({ strategic: 0, high_value: 0, core: 0, general: 0, potential: 0 });
    expect(before.computedAt).toBeNull();

    expect(await api.loyalty.valueTiers.save.mutate({ windowMonths: 6, thresholds })).toEqual({
      windowMonths: 6,
      thresholds,
    });
    const refreshed = await api.loyalty.valueTiers.refresh.mutate();
    const expected = { strategic: 1, high_value: 1, core: 1, general: 2, potential: 1 };
    expect(refreshed.counts).toEqual(expected);
    // Each first tier is a change, stored as an event journeys can start on, as the daily run does.
    expect(refreshed.changed).toBe(6);
    const changes = await db
      .selectFrom('events')
      .select(['customerId', 'properties'])
      .where('workspaceId', '=', ws)
      .where('name', '=', VALUE_TIER_CHANGED_EVENT)
      .execute();
    expect(changes).toHaveLength(6);
    expect(changes.find((event) => event.customerId === highValue)?.properties).toEqual({
      from: null,
      to: 'high_value',
    });
    // A second recompute with nothing new changes nothing.
    expect(await api.loyalty.valueTiers.refresh.mutate()).toMatchObject({ counts: expected, changed: 0 });
    const after = await api.loyalty.valueTiers.get.query();
    expect(after).toMatchObject({ windowMonths: 6, thresholds, counts: expected });
    expect(after.computedAt).toEqual(expect.any(String));
  });

  it('refuses an invalid threshold with a 400 naming the field', async () => {
    const api = trpcClient(test, (await createTestWorkspace(test)).fullKey);
    const bad = { ...thresholds, high_value: { purchases: 3, spend: -1, referrals: 0 } };
    const error = await trpcError(api.loyalty.valueTiers.save.mutate({ windowMonths: 6, thresholds: bad }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues?.map((issue) => issue.path)).toEqual(['thresholds.high_value.spend']);
    const window = await trpcError(api.loyalty.valueTiers.save.mutate({ windowMonths: 0, thresholds }));
    expect(window.data?.issues?.map((issue) => issue.path)).toEqual(['windowMonths']);
    // Nothing was saved: the defaults are still in force.
    expect((await api.loyalty.valueTiers.get.query()).windowMonths).toBe(12);
  });

  it('ranks this month’s points earners, ties sharing a rank, up to the limit', async () => {
    const workspace = await createTestWorkspace(test);
    const api = trpcClient(test, workspace.fullKey);
    const { db } = test.database;
    const ws = workspace.workspaceId;
    const [ann, ben, cat, dan] = await Promise.all(['Ann', 'Ben', 'Cat', 'Dan'].map((name) => customer(db, ws, name)));
    const grant = (customerId: string, points: number, now = new Date()) =>
      grantPoints(db, { workspaceId: ws, customerId, points, reason: 'test', idempotencyKey: randomUUID(), now });
    await grant(ann!, 300);
    await grant(ben!, 120);
    await grant(ben!, 80);
    await grant(cat!, 200);
    await grant(dan!, 50);
    // Last month's points do not count towards this month's board.
    await grant(dan!, 5_000, addMonths(new Date(), -1));
    await setCustomerAttributes(db, cat!, { name: 'Cathy' });

    const board = await api.loyalty.leaderboard.query({});
    expect(board.entries.map((entry) => [entry.rank, entry.name, entry.points])).toEqual([
      [1, 'Ann', 300],
      [2, 'Ben', 200],
      [2, 'Cathy', 200],
      [4, 'Dan', 50],
    ]);
    expect((await api.loyalty.leaderboard.query({ limit: 1 })).entries.map((entry) => entry.name)).toEqual(['Ann']);
    expect((await trpcError(api.loyalty.leaderboard.query({ limit: 101 }))).data?.httpStatus).toBe(400);
  });
});
