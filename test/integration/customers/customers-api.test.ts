// The customers UI's API on real Postgres: list, search, tag filter, pages; a profile with its
// journeys and a merged timeline; another workspace's customer refused.
import {
  addCustomerTags,
  appendPoints,
  enrollCustomer,
  findCustomerByExternalId,
  insertMessage,
  insertStepEvents,
} from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiJourney,
  createTestWorkspace,
  identifyCustomer,
  postIngest,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

describe('customers API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  const identify = (userId: string, traits: Record<string, unknown>, timestamp?: string) =>
    identifyCustomer(test, workspace, userId, traits, timestamp);

  beforeAll(async () => {
    test = await startTestServer('customers_api');
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test.close());

  it('lists newest first with name, tags, points and last seen; searches, filters by tag, pages', async () => {
    const db = test.database.db;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      ids.push(await identify(`list-${index}`, { name: index === 2 ? 'Mei-Ling Chen' : `Person ${index}` }));
    }
    const meiId = ids[2] as string;
    await addCustomerTags(db, { workspaceId: workspace.workspaceId, customerId: meiId, tags: ['vip'], source: 'test' });
    await appendPoints(db, {
      workspaceId: workspace.workspaceId,
      customerId: meiId,
      delta: 120,
      reason: 'welcome',
      idempotencyKey: 'list-points-1',
    });
    await postIngest(test, '/v1/track', workspace.ingestKey, {
      userId: 'list-2',
      event: 'opened_app',
      timestamp: '2026-01-02T03:04:05.000Z',
    });

    const all = await api.customers.list.query({ limit: 100 });
    expect(all.items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(all.nextCursor).toBeNull();
    const mei = all.items.find((item) => item.id === meiId);
    expect(mei).toMatchObject({
      externalId: 'list-2',
      name: 'Mei-Ling Chen',
      tags: ['vip'],
      points: 120,
      timezone: 'UTC',
      locale: 'en',
    });
    expect(mei?.lastSeenAt).not.toBeNull();

    const byName = await api.customers.list.query({ search: 'mei-LING', limit: 10 });
    expect(byName.items.map((item) => item.id)).toEqual([meiId]);
    const byExternalId = await api.customers.list.query({ search: 'LIST-4', limit: 10 });
    expect(byExternalId.items.map((item) => item.id)).toEqual([ids[4]]);
    const percent = await api.customers.list.query({ search: '%', limit: 10 });
    expect(percent.items).toEqual([]);
    const vip = await api.customers.list.query({ tag: 'vip', limit: 10 });
    expect(vip.items.map((item) => item.id)).toEqual([meiId]);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await api.customers.list.query({ limit: 2, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('returns a profile with typed attributes, tags, points, journeys with their current step and a timeline', async () => {
    const db = test.database.db;
    const customerId = await identify(
      'profile-1',
      {
        name: 'Wei',
        age: 31,
        vip: true,
        birthday: '1994-05-06',
        timezone: 'Asia/Taipei',
        locale: 'zh-TW',
      },
      '2026-02-01T10:00:00.000Z',
    );
    await addCustomerTags(db, {
      workspaceId: workspace.workspaceId,
      customerId,
      tags: ['coffee-lover'],
      source: 'journey:welcome',
    });
    await postIngest(test, '/v1/track', workspace.ingestKey, {
      userId: 'profile-1',
      event: 'purchase',
      properties: { amount: 300 },
      timestamp: '2026-03-01T10:00:00.000Z',
    });
    await insertMessage(db, {
      workspaceId: workspace.workspaceId,
      customerId,
      channel: 'line',
      name: 'Welcome message',
      body: 'Hi Wei',
      status: 'sent',
      idempotencyKey: 'profile-message-1',
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    await appendPoints(db, {
      workspaceId: workspace.workspaceId,
      customerId,
      delta: 50,
      reason: 'first purchase',
      idempotencyKey: 'profile-points-1',
      createdAt: '2026-03-03T10:00:00.000Z',
    });

    const journey = await api.journeys.create.mutate({ name: 'API welcome', graph: apiJourney() });
    const version = await api.journeys.publish.mutate({ journeyId: journey.id });
    const { enrollment } = await enrollCustomer(db, {
      workspaceId: workspace.workspaceId,
      journeyId: journey.id,
      journeyVersionId: version.versionId,
      customerId,
      workflowId: `journey:${journey.id}:customer:${customerId}`,
      entryStepId: 'api',
      entryEventId: null,
    });
    const common = {
      workspaceId: workspace.workspaceId,
      journeyId: journey.id,
      journeyVersionId: version.versionId,
      enrollmentId: enrollment.id,
      visit: 1,
      port: null,
    };
    await insertStepEvents(db, [
      { ...common, stepId: 'api', kind: 'entered', at: '2026-03-04T10:00:00.000Z' },
      { ...common, stepId: 'api', kind: 'left', at: '2026-03-04T10:00:01.000Z' },
      { ...common, stepId: 'end', kind: 'entered', at: '2026-03-04T10:00:02.000Z' },
    ]);

    const profile = await api.customers.get.query({ customerId });
    expect(profile).toMatchObject({
      id: customerId,
      externalId: 'profile-1',
      attributes: { name: 'Wei', age: 31, vip: true, birthday: '1994-05-06' },
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
      tags: [{ tag: 'coffee-lover', source: 'journey:welcome', addedAt: expect.any(String) }],
      points: 50,
      recentPoints: [{ delta: 50, reason: 'first purchase', createdAt: '2026-03-03T10:00:00.000Z' }],
      enrollments: [
        {
          journeyId: journey.id,
          journeyName: 'API welcome',
          versionNumber: 1,
          status: 'running',
          finishedAt: null,
          currentStep: { stepId: 'end', type: 'core.end' },
        },
      ],
    });
    const kinds = profile.timeline.items.map((item) => `${item.kind}:${item.name}`);
    expect(kinds).toEqual(['points:first purchase', 'message:Welcome message', 'event:purchase', 'event:identify']);
    expect(profile.timeline.items[1]).toMatchObject({ channel: 'line', status: 'sent' });
    expect(profile.timeline.items[2]).toMatchObject({ properties: { amount: 300 } });

    const first = await api.customers.timeline.query({ customerId, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const rest = await api.customers.timeline.query({ customerId, limit: 10, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...rest.items].map((item) => item.id)).toEqual(profile.timeline.items.map((i) => i.id));
    expect(rest.nextCursor).toBeNull();
  });

  it('refuses another workspace’s customer as NOT_FOUND and lists none of them', async () => {
    const otherWorkspace = await createTestWorkspace(test, 'Other');
    const response = await postIngest(test, '/v1/identify', otherWorkspace.ingestKey, {
      userId: 'stranger',
      traits: { name: 'Stranger' },
    });
    expect(response.status).toBe(200);
    const stranger = await findCustomerByExternalId(test.database.db, otherWorkspace.workspaceId, 'stranger');
    if (!stranger) throw new Error('stranger not stored');

    expect((await trpcError(api.customers.get.query({ customerId: stranger.id }))).data?.code).toBe('NOT_FOUND');
    expect((await trpcError(api.customers.timeline.query({ customerId: stranger.id }))).data?.code).toBe('NOT_FOUND');
    expect((await api.customers.list.query({ search: 'stranger', limit: 10 })).items).toEqual([]);
    const theirs = await trpcClient(test, otherWorkspace.fullKey).customers.list.query({ limit: 10 });
    expect(theirs.items.map((item) => item.id)).toEqual([stranger.id]);
  });
});
