import { createApiKey } from '@wayfarer/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, eventJourney, startTestServer, trpcClient, trpcError, type TestServer } from './support';

// Journey tags: set on a journey, listed with counts, filtered by; kept by a duplicate and carried by
// the JSON file; bad tags refused naming the field; every change in the audit log.
describe('journey tags tRPC API', () => {
  let test: TestServer;

  beforeAll(async () => {
    test = await startTestServer('server_journey_tags');
  });
  afterAll(async () => test.close());

  async function freshWorkspace() {
    const workspace = await createTestWorkspace(test);
    return { ...workspace, api: trpcClient(test, workspace.fullKey) };
  }

  it('sets trimmed tags without reordering the list, counts them and filters by one in any case', async () => {
    const { api } = await freshWorkspace();
    const older = await api.journeys.create.mutate({ name: 'Mid-Autumn gift box' });
    const newer = await api.journeys.create.mutate({ name: 'Birthday surprise' });
    const untagged = await api.journeys.create.mutate({ name: 'Untagged' });
    const order = (await api.journeys.list.query()).map((journey) => journey.id);

    const tagged = await api.journeys.setTags.mutate({ journeyId: older.id, tags: [' 中秋 ', 'VIP'] });
    expect(tagged).toMatchObject({ id: older.id, tags: ['中秋', 'VIP'], updatedAt: older.updatedAt });
    await api.journeys.setTags.mutate({ journeyId: newer.id, tags: ['vip', 'retention'] });

    const listed = await api.journeys.list.query();
    expect(listed.map((journey) => journey.id)).toEqual(order);
    expect(listed.map((journey) => [journey.name, journey.tags])).toEqual([
      ['Untagged', []],
      ['Birthday surprise', ['vip', 'retention']],
      ['Mid-Autumn gift box', ['中秋', 'VIP']],
    ]);
    expect(await api.journeys.listTags.query()).toEqual([
      { name: 'VIP', count: 2 },
      { name: 'retention', count: 1 },
      { name: '中秋', count: 1 },
    ]);
    const byTag = async (tag: string, search?: string) =>
      (await api.journeys.list.query({ tag, ...(search === undefined ? {} : { search }) })).map((j) => j.name);
    expect(await byTag('Vip')).toEqual(['Birthday surprise', 'Mid-Autumn gift box']);
    expect(await byTag('中秋')).toEqual(['Mid-Autumn gift box']);
    expect(await byTag('vip', 'birthday')).toEqual(['Birthday surprise']);
    expect(await byTag('nobody')).toEqual([]);
    expect((await api.journeys.get.query({ journeyId: untagged.id })).tags).toEqual([]);

    // Removing one leaves the others; an archived journey's tags count only in the archived view.
    await api.journeys.setTags.mutate({ journeyId: newer.id, tags: ['retention'] });
    expect(await byTag('vip')).toEqual(['Mid-Autumn gift box']);
    await api.journeys.archive.mutate({ journeyId: older.id });
    expect(await api.journeys.listTags.query()).toEqual([{ name: 'retention', count: 1 }]);
    expect(await api.journeys.listTags.query({ status: 'archived' })).toEqual([
      { name: 'VIP', count: 1 },
      { name: '中秋', count: 1 },
    ]);
  });

  it('refuses a bad tag with a 400 naming it, and changes nothing', async () => {
    const { api } = await freshWorkspace();
    const journey = await api.journeys.create.mutate({ name: 'Keep my tags' });
    await api.journeys.setTags.mutate({ journeyId: journey.id, tags: ['VIP'] });
    const refused = async (tags: string[]) => {
      const error = await trpcError(api.journeys.setTags.mutate({ journeyId: journey.id, tags }));
      expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
      expect(JSON.stringify(error.data)).not.toMatch(/\.ts|at \w+ \(/);
      return (error.data as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    };
    expect(await refused(['ok', '   '])).toEqual(['tags.1']);
    expect(await refused(['x'.repeat(41)])).toEqual(['tags.0']);
    expect(await refused(['ok', 'v\u200Bip'])).toEqual(['tags.1']);
    expect(await refused(['VIP', 'retention', ' vip '])).toEqual(['tags.2']);
    expect(await refused(Array.from({ length: 21 }, (_, index) => `tag ${index}`))).toEqual(['tags']);
    const filter = await trpcError(api.journeys.list.query({ tag: 'vip\u200B' }));
    expect(filter.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'tag' }] });
    expect((await api.journeys.get.query({ journeyId: journey.id })).tags).toEqual(['VIP']);
  });

  it('answers NOT_FOUND for another workspace’s journey, and counts only the workspace’s own tags', async () => {
    const mine = await freshWorkspace();
    const theirs = await freshWorkspace();
    const journey = await mine.api.journeys.create.mutate({ name: 'Mine' });
    await mine.api.journeys.setTags.mutate({ journeyId: journey.id, tags: ['private'] });
    const error = await trpcError(theirs.api.journeys.setTags.mutate({ journeyId: journey.id, tags: ['taken'] }));
    expect(error.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
    expect(await theirs.api.journeys.listTags.query()).toEqual([]);
    expect(await theirs.api.journeys.list.query({ tag: 'private' })).toEqual([]);
    expect((await mine.api.journeys.get.query({ journeyId: journey.id })).tags).toEqual(['private']);
  });

  it('keeps the tags on a duplicate, takes them from an imported file, and never stores them in the draft', async () => {
    const { api } = await freshWorkspace();
    const source = await api.journeys.create.mutate({ name: '首購禮', graph: eventJourney('purchase') });
    await api.journeys.setTags.mutate({ journeyId: source.id, tags: ['first purchase', 'VIP'] });
    const copy = await api.journeys.duplicate.mutate({ journeyId: source.id });
    expect(copy.tags).toEqual(['first purchase', 'VIP']);

    const imported = await api.journeys.create.mutate({
      name: 'From a file',
      graph: { ...eventJourney('signed_up'), tags: [' welcome', 'LINE'] },
    });
    expect(imported.tags).toEqual(['welcome', 'LINE']);
    expect(imported.draft).not.toHaveProperty('tags');
    const bad = await trpcError(
      api.journeys.create.mutate({ name: 'Bad file', graph: { ...eventJourney('x'), tags: ['a', 'A'] } }),
    );
    expect(bad.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'graph.tags.1' }] });

    // A draft save does not change the tags, whatever the graph carries.
    await api.journeys.saveDraft.mutate({ journeyId: imported.id, graph: { ...eventJourney('b'), tags: ['other'] } });
    const saved = await api.journeys.get.query({ journeyId: imported.id });
    expect(saved.tags).toEqual(['welcome', 'LINE']);
    expect(saved.draft).not.toHaveProperty('tags');
  });

  it('audits every change with the tags before and after, without making the tagger the last editor', async () => {
    const { api, workspaceId } = await freshWorkspace();
    const tagger = await createApiKey(test.database.db, { workspaceId, name: 'tagger', scope: 'full' });
    const journey = await api.journeys.create.mutate({ name: 'Audited' });
    await trpcClient(test, tagger.key).journeys.setTags.mutate({ journeyId: journey.id, tags: ['VIP', '中秋'] });
    await api.journeys.setTags.mutate({ journeyId: journey.id, tags: ['中秋'] });

    const { entries } = await api.audit.list.query({ action: 'journeys.setTags' });
    expect(entries.map((entry) => [entry.actorName, entry.entityId, entry.diff.changes])).toEqual([
      ['full', journey.id, { tags: { before: ['VIP', '中秋'], after: ['中秋'] } }],
      ['tagger', journey.id, { tags: { before: [], after: ['VIP', '中秋'] } }],
    ]);
    await api.journeys.rename.mutate({ journeyId: journey.id, name: 'Audited, renamed' });
    await trpcClient(test, tagger.key).journeys.setTags.mutate({ journeyId: journey.id, tags: [] });
    const [stats] = await api.journeys.listStats.query({ journeyIds: [journey.id] });
    expect(stats?.lastEditedBy).toEqual({ type: 'api_key', name: 'full' });
  });

  it('the database itself refuses a repeated or untrimmed tag', async () => {
    const { api, workspaceId } = await freshWorkspace();
    const journey = await api.journeys.create.mutate({ name: 'Guarded' });
    const write = (tags: string[]) =>
      sql`update journeys set tags = ${tags}::text[] where workspace_id = ${workspaceId}::uuid and id = ${journey.id}::uuid`.execute(
        test.database.db,
      );
    await expect(write(['VIP', 'vip'])).rejects.toThrow(/journey_tags_valid|check constraint/);
    await expect(write([' VIP'])).rejects.toThrow(/check constraint/);
    await expect(write([''])).rejects.toThrow(/check constraint/);
    await write(['VIP', 'retention']);
    expect((await api.journeys.get.query({ journeyId: journey.id })).tags).toEqual(['VIP', 'retention']);
  });
});
