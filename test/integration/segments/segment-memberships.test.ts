import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCustomerTags,
  archiveSegment,
  countSegmentRule,
  createSegment,
  createWorkspace,
  getSegment,
  listSegmentMemberIds,
  listSegments,
  refreshCustomerMemberships,
  refreshSegmentMemberships,
  removeCustomerTags,
  setCustomerAttributes,
  updateSegment,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { segmentDefinitionSchema } from '@wayfarer/segments';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const NOW = new Date('2025-06-30T12:00:00Z');

describe('segment memberships: definitions, refresh diffs and member pages (real Postgres)', () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase('segment_memberships');
    db = database.db;
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function workspaceWith(count: number, traits: (index: number) => Record<string, unknown>) {
    const workspace = await createWorkspace(db, 'Memberships');
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      ids.push(
        (await upsertCustomer(db, { workspaceId: workspace.id, externalId: `c${index}`, traits: traits(index) })).id,
      );
    }
    return { workspaceId: workspace.id, ids };
  }

  it('a full refresh reports who entered and left, and members == count of the rule', async () => {
    const { workspaceId, ids } = await workspaceWith(6, (index) => ({ score: index * 10 }));
    const definition = segmentDefinitionSchema.parse({
      name: 'High scorers',
      rule: { type: 'attribute', key: 'score', op: 'gte', value: 30 },
    });
    const segment = await createSegment(db, workspaceId, definition);
    const first = await refreshSegmentMemberships(db, segment.id, NOW);
    expect(first.entered).toEqual([ids[3], ids[4], ids[5]].sort());
    expect(first.left).toEqual([]);
    expect(await refreshSegmentMemberships(db, segment.id, NOW)).toEqual({ entered: [], left: [] });
    expect((await getSegment(db, workspaceId, segment.id)).refreshedAt).toEqual(NOW);

    await setCustomerAttributes(db, ids[0] ?? '', { score: 99 });
    await setCustomerAttributes(db, ids[4] ?? '', { score: 1 });
    expect(await refreshSegmentMemberships(db, segment.id, NOW)).toEqual({ entered: [ids[0]], left: [ids[4]] });

    const memberIds = await listSegmentMemberIds(db, segment.id, { limit: 100 });
    expect(memberIds).toEqual([ids[0], ids[3], ids[5]].sort());
    expect(await countSegmentRule(db, workspaceId, segment.rule, NOW)).toBe(memberIds.length);
    const [listed] = await listSegments(db, workspaceId);
    expect(listed).toMatchObject({ id: segment.id, name: 'High scorers', memberCount: 3 });
  });

  it('pages members in customer id order after a cursor', async () => {
    const { workspaceId, ids } = await workspaceWith(7, () => ({ plan: 'pro' }));
    const segment = await createSegment(
      db,
      workspaceId,
      segmentDefinitionSchema.parse({ name: 'Pro', rule: { type: 'attribute', key: 'plan', op: 'eq', value: 'pro' } }),
    );
    await refreshSegmentMemberships(db, segment.id, NOW);
    const pages: string[][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await listSegmentMemberIds(db, segment.id, { limit: 3, ...(after === undefined ? {} : { after }) });
      if (page.length === 0) break;
      pages.push(page);
      after = page.at(-1);
    }
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual([...ids].sort());
  });

  it('a per-customer refresh diffs every active segment for that customer only', async () => {
    const { workspaceId, ids } = await workspaceWith(2, () => ({}));
    const [ann = '', bob = ''] = ids;
    const vip = await createSegment(
      db,
      workspaceId,
      segmentDefinitionSchema.parse({ name: 'VIP', rule: { type: 'tag', tag: 'VIP' } }),
    );
    const notVip = await createSegment(
      db,
      workspaceId,
      segmentDefinitionSchema.parse({ name: 'Not VIP', rule: { type: 'tag', tag: 'VIP', has: false } }),
    );
    expect(await refreshCustomerMemberships(db, workspaceId, ann, NOW)).toEqual({ entered: [notVip.id], left: [] });
    await addCustomerTags(db, { workspaceId, customerId: ann, tags: ['VIP'], source: 'test' });
    expect(await refreshCustomerMemberships(db, workspaceId, ann, NOW)).toEqual({
      entered: [vip.id],
      left: [notVip.id],
    });
    expect(await refreshCustomerMemberships(db, workspaceId, ann, NOW)).toEqual({ entered: [], left: [] });
    // bob was never refreshed: no membership rows of his were touched.
    expect(await listSegmentMemberIds(db, notVip.id, { limit: 10 })).toEqual([]);
    expect(await listSegmentMemberIds(db, vip.id, { limit: 10 })).toEqual([ann]);
    expect(bob).not.toBe('');

    await removeCustomerTags(db, ann, ['VIP']);
    await archiveSegment(db, workspaceId, notVip.id);
    // The archived segment is no longer evaluated: ann leaves VIP, and does not re-enter Not VIP.
    expect(await refreshCustomerMemberships(db, workspaceId, ann, NOW)).toEqual({ entered: [], left: [vip.id] });
    expect((await listSegments(db, workspaceId)).map((segment) => segment.name)).toEqual(['VIP']);
    expect((await listSegments(db, workspaceId, { includeArchived: true })).map((segment) => segment.name)).toEqual([
      'Not VIP',
      'VIP',
    ]);
  });

  it('concurrent refreshes report each entry once', async () => {
    const { workspaceId, ids } = await workspaceWith(1, () => ({ plan: 'pro' }));
    const [ann = ''] = ids;
    const segment = await createSegment(
      db,
      workspaceId,
      segmentDefinitionSchema.parse({ name: 'Pro', rule: { type: 'attribute', key: 'plan', op: 'eq', value: 'pro' } }),
    );
    const results = await Promise.all([
      refreshCustomerMemberships(db, workspaceId, ann, NOW),
      refreshCustomerMemberships(db, workspaceId, ann, NOW),
      refreshSegmentMemberships(db, segment.id, NOW),
    ]);
    const entries = results.flatMap((result, index) =>
      index < 2 ? result.entered : result.entered.map(() => segment.id),
    );
    expect(entries).toEqual([segment.id]);
  });

  it('updates and archives within the workspace only', async () => {
    const { workspaceId } = await workspaceWith(0, () => ({}));
    const other = await createWorkspace(db, 'Other');
    const segment = await createSegment(
      db,
      workspaceId,
      segmentDefinitionSchema.parse({ name: 'A', rule: { type: 'tag', tag: 'a' } }),
    );
    const updated = await updateSegment(db, workspaceId, segment.id, {
      name: 'B',
      rule: { type: 'tag', tag: 'b', has: true },
    });
    expect(updated).toMatchObject({ name: 'B', rule: { type: 'tag', tag: 'b', has: true }, description: '' });
    await expect(getSegment(db, other.id, segment.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(archiveSegment(db, other.id, segment.id)).rejects.toMatchObject({ code: 'not_found' });
    const archived = await archiveSegment(db, workspaceId, segment.id);
    expect(archived.archivedAt).not.toBeNull();
    await expect(updateSegment(db, workspaceId, segment.id, { name: 'C' })).rejects.toMatchObject({
      code: 'invalid_state',
    });
  });
});
