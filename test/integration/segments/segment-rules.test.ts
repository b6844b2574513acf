import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerTags,
  appendPoints,
  countSegmentRule,
  createWorkspace,
  insertEvent,
  previewSegmentRule,
  segmentRuleSql,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { segmentRuleSchema, type SegmentRule } from '@wayfarer/segments';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

interface Person {
  id: string;
  name: string;
}

/** A small workspace whose customers cover every condition type; `ids` by name. */
async function seed(db: Db): Promise<{ workspaceId: string; ids: Record<string, string> }> {
  const workspace = await createWorkspace(db, 'Segments');
  const workspaceId = workspace.id;
  const people: Person[] = [];
  const customer = async (name: string, traits: Record<string, unknown>) => {
    const row = await upsertCustomer(db, { workspaceId, externalId: name, traits: { name, ...traits } });
    people.push({ id: row.id, name });
    return row.id;
  };
  const event = async (customerId: string, name: string, at: Date, properties: Record<string, unknown> = {}) => {
    await insertEvent(db, {
      workspaceId,
      customerId,
      messageId: `${customerId}:${name}:${at.toISOString()}:${JSON.stringify(properties)}`,
      kind: 'track',
      name,
      properties,
      timestamp: at,
    });
  };
  const ann = await customer('ann', { age: 34, city: 'Taipei', birthday: '1991-03-04', tier: 'vip', vip: true });
  const bob = await customer('bob', { age: '19', city: 'Tainan', birthday: '2006-11-20', tier: 'new' });
  const cat = await customer('cat', {
    age: 52,
    city: 'New York',
    interests: ['shoes', 'tea'],
    address: { city: 'NYC' },
  });
  await customer('dan', {});
  await addCustomerTags(db, { workspaceId, customerId: ann, tags: ['VIP', 'newsletter'], source: 'test' });
  await addCustomerTags(db, { workspaceId, customerId: cat, tags: ['newsletter'], source: 'test' });
  for (const [customerId, delta, key] of [
    [ann, 500, 'a1'],
    [ann, -100, 'a2'],
    [bob, 50, 'b1'],
    [cat, 1000, 'c1'],
  ] as const) {
    await appendPoints(db, { workspaceId, customerId, delta, reason: 'test', idempotencyKey: `${workspaceId}:${key}` });
  }
  // ann: 2 purchases in the last 30 days; bob: 1 recent + 1 old; cat: 3 old; dan: none.
  await event(ann, 'purchase', daysAgo(3), { total: 1200, sku: 'tea-01' });
  await event(ann, 'purchase', daysAgo(20), { total: 300, sku: 'cup-02' });
  await event(bob, 'purchase', daysAgo(10), { total: 90 });
  await event(bob, 'purchase', daysAgo(45), { total: 5000 });
  for (const days of [40, 50, 70]) await event(cat, 'purchase', daysAgo(days), { total: 100 });
  // Opens: ann opened 10 days ago, bob 90 days ago, cat and dan never.
  await event(ann, 'opened', daysAgo(10));
  await event(bob, 'opened', daysAgo(90));
  // Another workspace's customer matches everything and must never be counted.
  const other = await createWorkspace(db, 'Other');
  await upsertCustomer(db, {
    workspaceId: other.id,
    externalId: 'ann',
    traits: { age: 34, city: 'Taipei', tier: 'vip' },
  });
  return { workspaceId, ids: Object.fromEntries(people.map((person) => [person.name, person.id])) };
}

describe('segment rules compiled to SQL (real Postgres)', () => {
  let database: TestDatabase;
  let workspaceId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase('segment_rules');
    ({ workspaceId, ids } = await seed(database.db));
  });
  afterAll(async () => {
    await database?.drop();
  });

  /**
   * The members as a refresh finds them: page by page of two customers in id order, each page's
   * rule given its id range (rules on events then read the range's events at once).
   */
  async function pagedMembers(rule: SegmentRule): Promise<string[]> {
    const { db } = database;
    const customers = await db
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .orderBy('id')
      .execute();
    const found: string[] = [];
    for (let start = 0, after: string | null = null; start < customers.length; start += 2) {
      const through = customers[Math.min(customers.length, start + 2) - 1]?.id ?? '';
      const page = await db
        .selectFrom('customers')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .$if(after !== null, (query) => query.where('id', '>', after ?? ''))
        .where('id', '<=', through)
        .where(segmentRuleSql(rule, NOW, { after, through }))
        .execute();
      found.push(...page.map((row) => row.id));
      after = through;
    }
    return found.sort();
  }

  /** Names of the members; count, preview and a paged refresh must agree on them. */
  async function members(input: unknown): Promise<string[]> {
    const rule: SegmentRule = segmentRuleSchema.parse(input);
    const preview = await previewSegmentRule(database.db, workspaceId, rule, NOW, 100);
    const count = await countSegmentRule(database.db, workspaceId, rule, NOW);
    expect(count).toBe(preview.length);
    expect(await pagedMembers(rule)).toEqual(preview.map((member) => member.id).sort());
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return preview.map((member) => byId.get(member.id) ?? `?${member.externalId}`).sort();
  }

  it('compares number attributes numerically, a numeric string counting as a number', async () => {
    expect(await members({ type: 'attribute', key: 'age', op: 'gte', value: 30 })).toEqual(['ann', 'cat']);
    expect(await members({ type: 'attribute', key: 'age', op: 'lt', value: 20 })).toEqual(['bob']);
    expect(await members({ type: 'attribute', key: 'age', op: 'eq', value: 19 })).toEqual(['bob']);
    // 9 < 19 numerically, though "9" > "19" as text.
    expect(await members({ type: 'attribute', key: 'age', op: 'gt', value: 9 })).toEqual(['ann', 'bob', 'cat']);
  });

  it('compares dates as ISO text and strings exactly, with contains for substrings and arrays', async () => {
    expect(await members({ type: 'attribute', key: 'birthday', op: 'lt', value: '2000-01-01' })).toEqual(['ann']);
    expect(await members({ type: 'attribute', key: 'birthday', op: 'gte', value: '2000-01-01' })).toEqual(['bob']);
    expect(await members({ type: 'attribute', key: 'city', op: 'eq', value: 'Taipei' })).toEqual(['ann']);
    expect(await members({ type: 'attribute', key: 'city', op: 'eq', value: 'taipei' })).toEqual([]);
    expect(await members({ type: 'attribute', key: 'city', op: 'contains', value: 'Tai' })).toEqual(['ann', 'bob']);
    expect(await members({ type: 'attribute', key: 'interests', op: 'contains', value: 'tea' })).toEqual(['cat']);
    expect(await members({ type: 'attribute', key: 'address.city', op: 'eq', value: 'NYC' })).toEqual(['cat']);
    expect(await members({ type: 'attribute', key: 'vip', op: 'eq', value: true })).toEqual(['ann']);
  });

  it('treats a missing attribute as not existing and not equal', async () => {
    expect(await members({ type: 'attribute', key: 'city', op: 'exists' })).toEqual(['ann', 'bob', 'cat']);
    expect(await members({ type: 'attribute', key: 'city', op: 'not_exists' })).toEqual(['dan']);
    expect(await members({ type: 'attribute', key: 'city', op: 'neq', value: 'Taipei' })).toEqual([
      'bob',
      'cat',
      'dan',
    ]);
    expect(await members({ type: 'attribute', key: 'age', op: 'lt', value: 100 })).toEqual(['ann', 'bob', 'cat']);
  });

  it('matches tags, the points balance and the tier', async () => {
    expect(await members({ type: 'tag', tag: 'newsletter' })).toEqual(['ann', 'cat']);
    expect(await members({ type: 'tag', tag: 'newsletter', has: false })).toEqual(['bob', 'dan']);
    expect(await members({ type: 'tag', tag: 'vip' })).toEqual([]);
    expect(await members({ type: 'points', op: 'gte', value: 400 })).toEqual(['ann', 'cat']);
    expect(await members({ type: 'points', op: 'eq', value: 0 })).toEqual(['dan']);
    expect(await members({ type: 'points', op: 'lt', value: 100 })).toEqual(['bob', 'dan']);
    expect(await members({ type: 'tier', in: ['vip', 'regular'] })).toEqual(['ann']);
    expect(await members({ type: 'tier', in: ['vip'], negate: true })).toEqual(['bob', 'cat', 'dan']);
  });

  it('counts events within a window: did purchase ≥ 2 times in the last 30 days', async () => {
    const twiceIn30 = { type: 'event', event: 'purchase', count: { op: 'gte', value: 2 }, withinDays: 30 };
    expect(await members(twiceIn30)).toEqual(['ann']);
    expect(await members({ ...twiceIn30, withinDays: null })).toEqual(['ann', 'bob', 'cat']);
    expect(await members({ ...twiceIn30, withinDays: 60 })).toEqual(['ann', 'bob', 'cat']);
    expect(await members({ ...twiceIn30, count: { op: 'lte', value: 1 } })).toEqual(['bob', 'cat', 'dan']);
  });

  it('has not opened in 60 days: no opens in the window, including never', async () => {
    expect(await members({ type: 'event', event: 'opened', count: { op: 'eq', value: 0 }, withinDays: 60 })).toEqual([
      'bob',
      'cat',
      'dan',
    ]);
  });

  it('filters counted events on their properties', async () => {
    const big = {
      type: 'event',
      event: 'purchase',
      where: [{ path: 'total', op: 'gte', value: 1000 }],
      count: { op: 'gte', value: 1 },
      withinDays: null,
    };
    expect(await members(big)).toEqual(['ann', 'bob']);
    expect(await members({ ...big, withinDays: 30 })).toEqual(['ann']);
    expect(await members({ ...big, where: [{ path: 'sku', op: 'contains', value: 'tea' }], withinDays: null })).toEqual(
      ['ann'],
    );
  });

  it('combines conditions with all, any and not, nested', async () => {
    expect(
      await members({
        type: 'all',
        rules: [
          { type: 'tag', tag: 'newsletter' },
          { type: 'not', rule: { type: 'event', event: 'purchase', count: { op: 'gte', value: 1 }, withinDays: 30 } },
        ],
      }),
    ).toEqual(['cat']);
    expect(
      await members({
        type: 'any',
        rules: [
          { type: 'tier', in: ['new'] },
          {
            type: 'all',
            rules: [
              { type: 'points', op: 'gt', value: 900 },
              { type: 'attribute', key: 'age', op: 'gt', value: 50 },
            ],
          },
        ],
      }),
    ).toEqual(['bob', 'cat']);
    expect(await members({ type: 'not', rule: { type: 'any', rules: [] } })).toEqual(['ann', 'bob', 'cat', 'dan']);
    expect(await members({ type: 'all', rules: [] })).toEqual(['ann', 'bob', 'cat', 'dan']);
  });

  it('previews at most `limit` members with their external id and attributes', async () => {
    const rule = segmentRuleSchema.parse({ type: 'attribute', key: 'city', op: 'exists' });
    const preview = await previewSegmentRule(database.db, workspaceId, rule, NOW, 2);
    expect(preview).toHaveLength(2);
    for (const member of preview) {
      expect(member.attributes).toMatchObject({ name: member.externalId });
    }
  });
});
