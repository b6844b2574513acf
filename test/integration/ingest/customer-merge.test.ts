import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerTags,
  appendPoints,
  createWorkspace,
  enrollCustomer,
  insertEvent,
  insertMessage,
  listCustomerIdentities,
  listCustomerMerges,
  loadCustomerProfile,
  resolveCustomer,
  type Db,
} from '@wayfarer/db';
import {
  awardBadge,
  checkIn,
  createBadge,
  createCouponPool,
  customerBadges,
  getStreak,
  issueCoupon,
} from '@wayfarer/loyalty';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

// Gives the customer two of everything a merge has to move.
async function giveHistory(db: Db, workspaceId: string, customerId: string, label: string, versionId: string) {
  const journeyId = (
    await db.selectFrom('journeyVersions').select('journeyId').where('id', '=', versionId).executeTakeFirstOrThrow()
  ).journeyId;
  for (const n of [1, 2]) {
    await insertEvent(db, {
      workspaceId,
      customerId,
      messageId: `${label}-event-${n}`,
      kind: 'track',
      name: 'purchase',
      properties: {},
      timestamp: new Date(),
    });
    await appendPoints(db, {
      workspaceId,
      customerId,
      delta: 10,
      reason: 'test',
      idempotencyKey: `${label}-points-${n}`,
    });
    await insertMessage(db, {
      workspaceId,
      customerId,
      channel: 'email',
      name: 'hello',
      body: 'Hi',
      status: 'sent',
      idempotencyKey: `${label}-message-${n}`,
    });
    await enrollCustomer(db, {
      workspaceId,
      journeyId,
      journeyVersionId: versionId,
      customerId,
      workflowId: `${label}-workflow-${n}`,
      entryStepId: 'trigger',
      entryEventId: null,
    });
  }
}

async function countsOf(db: Db, customerIds: string[]) {
  const count = async (table: 'events' | 'pointsLedger' | 'messages' | 'enrollments' | 'customerTags') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('customerId', 'in', customerIds)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    events: await count('events'),
    points: await count('pointsLedger'),
    messages: await count('messages'),
    enrollments: await count('enrollments'),
    tags: await count('customerTags'),
  };
}

describe('customer identities and merges on Postgres', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let versionId: string;
  beforeAll(async () => {
    database = await createTestDatabase('identities');
    workspaceId = (await createWorkspace(database.db, 'Acme')).id;
    const journey = await database.db
      .insertInto('journeys')
      .values({ workspaceId, name: 'J', draft: '{}', status: 'draft', updatedAt: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    versionId = (
      await database.db
        .insertInto('journeyVersions')
        .values({ workspaceId, journeyId: journey.id, number: 1, hash: 'h', ir: '{}', graph: '{}' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => database.drop());

  it('finds a customer by any identity, creating one when none matches', async () => {
    const created = await resolveCustomer(database.db, workspaceId, [{ kind: 'email', value: 'lin@example.com' }]);
    expect(created).toMatchObject({ created: true, mergedIds: [] });
    expect(created.customer.externalId).toBe('anon:email:lin@example.com');
    const again = await resolveCustomer(database.db, workspaceId, [
      { kind: 'user_id', value: 'lin' },
      { kind: 'email', value: 'lin@example.com' },
    ]);
    expect(again).toMatchObject({ created: false, customer: { id: created.customer.id, externalId: 'lin' } });
    const identities = await listCustomerIdentities(database.db, created.customer.id);
    expect(identities.map((i) => `${i.kind}:${i.value}`)).toEqual(['email:lin@example.com', 'user_id:lin']);
  });

  it('concurrent first events of one new identity create one customer', async () => {
    const identity = { kind: 'line' as const, value: 'Uconcurrent' };
    const results = await Promise.all(
      Array.from({ length: 8 }, async () => resolveCustomer(database.db, workspaceId, [identity])),
    );
    expect(new Set(results.map((result) => result.customer.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
  });

  it('a merge loses nothing', async () => {
    const { db } = database;
    const a = (await resolveCustomer(db, workspaceId, [{ kind: 'user_id', value: 'alice' }])).customer;
    const b = (await resolveCustomer(db, workspaceId, [{ kind: 'email', value: 'bob@example.com' }])).customer;
    await giveHistory(db, workspaceId, a.id, 'a', versionId);
    await giveHistory(db, workspaceId, b.id, 'b', versionId);
    await addCustomerTags(db, { workspaceId, customerId: a.id, tags: ['vip', 'coffee'], source: 'test' });
    await addCustomerTags(db, { workspaceId, customerId: b.id, tags: ['vip', 'tea'], source: 'test' });
    // B's vip tag is the older one: the merged tag keeps B's date.
    const old = new Date('2024-01-01T00:00:00Z');
    await sql`update customer_tags set added_at = ${old} where customer_id = ${b.id} and tag = 'vip'`.execute(db);
    await db
      .updateTable('customers')
      .set({ attributes: JSON.stringify({ name: 'Alice', plan: 'pro' }) })
      .where('id', '=', a.id)
      .execute();
    await db
      .updateTable('customers')
      .set({ attributes: JSON.stringify({ name: 'Bob', city: 'Taipei' }) })
      .where('id', '=', b.id)
      .execute();
    const before = await countsOf(db, [a.id, b.id]);

    const resolved = await resolveCustomer(db, workspaceId, [
      { kind: 'user_id', value: 'alice' },
      { kind: 'email', value: 'bob@example.com' },
    ]);

    expect(resolved).toMatchObject({ created: false, mergedIds: [b.id], customer: { id: a.id } });
    // Tags: vip (once) + coffee + tea; every other table keeps each row.
    expect(await countsOf(db, [a.id])).toEqual({ ...before, tags: 3 });
    expect(await db.selectFrom('customers').select('id').where('id', '=', b.id).execute()).toEqual([]);
    const vip = await db
      .selectFrom('customerTags')
      .select('addedAt')
      .where('customerId', '=', a.id)
      .where('tag', '=', 'vip')
      .executeTakeFirstOrThrow();
    expect(vip.addedAt.toISOString()).toBe(old.toISOString());
    const profile = await loadCustomerProfile(db, a.id);
    expect(profile).toMatchObject({ attributes: { name: 'Alice', plan: 'pro', city: 'Taipei' }, points: 40 });
    expect((await listCustomerIdentities(db, a.id)).map((i) => `${i.kind}:${i.value}`)).toEqual([
      'email:bob@example.com',
      'user_id:alice',
    ]);
    const [merge] = await listCustomerMerges(db, a.id);
    expect(merge).toMatchObject({
      mergedId: b.id,
      mergedExternalId: 'anon:email:bob@example.com',
      mergedAttributes: { name: 'Bob', city: 'Taipei' },
      moved: { events: 2, pointsLedger: 2, messages: 2, enrollments: 2, customerTags: 1, customerIdentities: 1 },
    });
    // B's email now finds A.
    const byEmail = await resolveCustomer(db, workspaceId, [{ kind: 'email', value: 'bob@example.com' }]);
    expect(byEmail.customer.id).toBe(a.id);
  });

  it('a merge moves rewards: coupons and badges change hands, the survivor keeps its own streak', async () => {
    const { db } = database;
    const a = (await resolveCustomer(db, workspaceId, [{ kind: 'user_id', value: 'carol' }])).customer;
    const b = (await resolveCustomer(db, workspaceId, [{ kind: 'email', value: 'dave@example.com' }])).customer;
    const pool = await createCouponPool(db, workspaceId, {
      name: 'Gift',
      source: 'pattern',
      codePattern: 'G-{6}',
      inventory: 10,
    });
    const coupon = await issueCoupon(db, {
      workspaceId,
      poolId: pool.id,
      customerId: b.id,
      idempotencyKey: 'b-coupon',
    });
    const badge = await createBadge(db, workspaceId, { key: 'early-bird', name: 'Early bird' });
    await awardBadge(db, { workspaceId, customerId: b.id, badgeId: badge.id, idempotencyKey: 'b-badge' });
    const checkInOn = (customerId: string, iso: string) =>
      checkIn(db, { workspaceId, customerId, timezone: 'Asia/Taipei', now: new Date(iso) });
    await checkInOn(a.id, '2026-03-01T02:00:00Z');
    await checkInOn(b.id, '2026-03-01T02:00:00Z');
    await checkInOn(b.id, '2026-03-02T02:00:00Z');

    await resolveCustomer(db, workspaceId, [
      { kind: 'user_id', value: 'carol' },
      { kind: 'email', value: 'dave@example.com' },
    ]);

    expect(coupon.status).toBe('issued');
    const coupons = await db.selectFrom('coupons').select('customerId').where('poolId', '=', pool.id).execute();
    expect(coupons).toEqual([{ customerId: a.id }]);
    expect((await customerBadges(db, a.id)).map((held) => held.key)).toEqual(['early-bird']);
    // Both had a daily streak: the survivor's stands.
    expect(await getStreak(db, a.id)).toMatchObject({ current: 1, lastDate: '2026-03-01' });
  });

  it('keeps the merged userId as an identity of the survivor', async () => {
    const { db } = database;
    const c = (await resolveCustomer(db, workspaceId, [{ kind: 'user_id', value: 'carol' }])).customer;
    await resolveCustomer(db, workspaceId, [
      { kind: 'user_id', value: 'carol-2' },
      { kind: 'phone', value: '+886912345678' },
    ]);
    const merged = await resolveCustomer(db, workspaceId, [
      { kind: 'user_id', value: 'carol' },
      { kind: 'phone', value: '+886912345678' },
    ]);
    expect(merged.customer.id).toBe(c.id);
    expect((await resolveCustomer(db, workspaceId, [{ kind: 'user_id', value: 'carol-2' }])).customer.id).toBe(c.id);
  });
});
