import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  eventJourney,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

// The journeys list page's procedures: search, status filter, rename and duplicate.
describe('journeys list tRPC API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    test = await startTestServer('server_journeys_list');
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test.close());

  /** A fresh workspace per test, so lists hold only what the test made. */
  async function freshApi() {
    return trpcClient(test, (await createTestWorkspace(test)).fullKey);
  }

  it('searches names case-insensitively, in Chinese too, matching the text literally', async () => {
    const api = await freshApi();
    const names = ['Welcome Series', 'VIP welcome', '新好友歡迎系列', '新好友欢迎系列', '生日驚喜', '100% cashback'];
    for (const name of names) await api.journeys.create.mutate({ name });
    const search = async (search: string) =>
      (await api.journeys.list.query({ search })).map((journey) => journey.name).sort();
    expect(await search('WELCOME')).toEqual(['VIP welcome', 'Welcome Series']);
    expect(await search('歡迎')).toEqual(['新好友歡迎系列']);
    expect(await search('新好友')).toEqual(['新好友欢迎系列', '新好友歡迎系列']);
    expect(await search('  生日 ')).toEqual(['生日驚喜']);
    expect(await search('%')).toEqual(['100% cashback']);
    expect(await search('_')).toEqual([]);
    expect(await search('')).toHaveLength(names.length);
  });

  it('filters by status; archived journeys are listed only when asked for', async () => {
    const api = await freshApi();
    const draft = await api.journeys.create.mutate({ name: 'Draft one' });
    const live = await api.journeys.create.mutate({ name: 'Live one', graph: eventJourney('a') });
    const paused = await api.journeys.create.mutate({ name: 'Paused one', graph: eventJourney('b') });
    const archived = await api.journeys.create.mutate({ name: 'Archived one' });
    await api.journeys.publish.mutate({ journeyId: live.id });
    await api.journeys.publish.mutate({ journeyId: paused.id });
    await api.journeys.pause.mutate({ journeyId: paused.id });
    await api.journeys.archive.mutate({ journeyId: archived.id });

    const ids = async (input?: Parameters<typeof api.journeys.list.query>[0]) =>
      (await api.journeys.list.query(input)).map((journey) => journey.id).sort();
    expect(await ids()).toEqual([draft.id, live.id, paused.id].sort());
    expect(await ids({ status: 'draft' })).toEqual([draft.id]);
    expect(await ids({ status: 'live' })).toEqual([live.id]);
    expect(await ids({ status: 'paused' })).toEqual([paused.id]);
    expect(await ids({ status: 'archived' })).toEqual([archived.id]);
    expect(await ids({ status: 'archived', search: 'live' })).toEqual([]);
    const invalid = await trpcError(api.journeys.list.query({ status: 'deleted' as 'draft' }));
    expect(invalid.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'status' }] });
  });

  it('lists the live version number and the most recently edited first', async () => {
    const api = await freshApi();
    const published = await api.journeys.create.mutate({ name: 'Published last', graph: eventJourney('a') });
    const untouched = await api.journeys.create.mutate({ name: 'Untouched' });
    await api.journeys.publish.mutate({ journeyId: published.id });
    await api.journeys.publish.mutate({ journeyId: published.id });
    const listed = await api.journeys.list.query();
    expect(listed.map((journey) => [journey.name, journey.liveVersionNumber, journey.status])).toEqual([
      ['Published last', 2, 'live'],
      ['Untouched', null, 'draft'],
    ]);
    expect(listed[0]).toMatchObject({
      id: published.id,
      liveVersionId: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(untouched.id).toBe(listed[1]?.id);
  });

  it('keeps listing without input, as the editor and older clients call it', async () => {
    const created = await api.journeys.create.mutate({ name: 'Plain list' });
    expect((await api.journeys.list.query()).map((journey) => journey.id)).toContain(created.id);
  });

  it('renames a journey without touching its draft revision', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Old name', graph: eventJourney('a') });
    const renamed = await api.journeys.rename.mutate({ journeyId: journey.id, name: '  新名字 ' });
    expect(renamed).toMatchObject({ id: journey.id, name: '新名字', draftRevision: 1 });
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(journey.updatedAt));
    expect((await api.journeys.get.query({ journeyId: journey.id })).name).toBe('新名字');
    // An editor holding revision 1 still saves.
    await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: eventJourney('b'), expectedRevision: 1 });
  });

  it('refuses an empty name, and a journey of another workspace', async () => {
    const journey = await api.journeys.create.mutate({ name: 'Keep me' });
    const empty = await trpcError(api.journeys.rename.mutate({ journeyId: journey.id, name: '   ' }));
    expect(empty.data).toMatchObject({ code: 'BAD_REQUEST', issues: [{ path: 'name' }] });
    const other = await freshApi();
    const theirs = await trpcError(other.journeys.rename.mutate({ journeyId: journey.id, name: 'Mine now' }));
    expect(theirs.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
    expect((await api.journeys.get.query({ journeyId: journey.id })).name).toBe('Keep me');
  });

  it('duplicates the draft into a new draft journey "<name> (copy)"', async () => {
    const source = await api.journeys.create.mutate({ name: '首購禮', graph: eventJourney('purchase') });
    await api.journeys.publish.mutate({ journeyId: source.id });
    await api.journeys.saveDraft.mutate({
      journeyId: source.id,
      graph: eventJourney('purchase', { reentry: 'always' }),
    });

    const copy = await api.journeys.duplicate.mutate({ journeyId: source.id });
    expect(copy).toMatchObject({ name: '首購禮 (copy)', status: 'draft', liveVersionId: null, draftRevision: 1 });
    expect(copy.id).not.toBe(source.id);
    const saved = await api.journeys.get.query({ journeyId: source.id });
    expect(copy.draft).toEqual(saved.draft);
    // Drafts are read through the journey schema, which reads the old "always" as "every".
    expect(copy.draft.settings.reentry).toBe('every');
    expect(await api.journeys.versions.query({ journeyId: copy.id })).toEqual([]);
    expect((await api.journeys.list.query({ search: '首購禮' })).map((journey) => journey.name).sort()).toEqual([
      '首購禮',
      '首購禮 (copy)',
    ]);
  });

  it('duplicates under a given name, and answers NOT_FOUND for another workspace', async () => {
    const source = await api.journeys.create.mutate({ name: 'Birthday' });
    expect((await api.journeys.duplicate.mutate({ journeyId: source.id, name: '生日（副本）' })).name).toBe(
      '生日（副本）',
    );
    const other = await freshApi();
    expect((await trpcError(other.journeys.duplicate.mutate({ journeyId: source.id }))).data?.code).toBe('NOT_FOUND');
    expect((await trpcError(other.journeys.duplicate.mutate({ journeyId: source.id, name: 'x' }))).data?.code).toBe(
      'NOT_FOUND',
    );
  });
});
