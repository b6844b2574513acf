// The message template library over tRPC/HTTP on real Postgres: CRUD with field-naming errors, a
// preview that renders a real customer's name, tier, points and locale variant with the send
// step's code, problems naming the field, and another workspace's template refused.
import { appendPoints } from '@wayfarer/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  identifyCustomer,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from '../server/support';

const welcome = {
  subject: 'Welcome {{ customer.name }}',
  body: 'Hi {{ customer.name }}, you are {{ customer.tier }} with {{ customer.points_balance }} points.',
  variants: {
    'zh-TW': {
      subject: '歡迎 {{ customer.name }}',
      body: '{{ customer.name }} 您好，{{ customer.tier }} 會員，點數 {{ customer.points }} 點。',
    },
  },
};

describe('message templates API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  const identify = (userId: string, traits: Record<string, unknown>) =>
    identifyCustomer(test, workspace, userId, traits);

  beforeAll(async () => {
    test = await startTestServer('message_templates_api');
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test.close());

  it('creates, lists, gets, updates and removes templates; names are checked and unique', async () => {
    const created = await api.messageTemplates.create.mutate({ name: ' Welcome ', channel: 'email', content: welcome });
    expect(created).toMatchObject({ name: 'Welcome', channel: 'email', content: welcome });
    await api.messageTemplates.create.mutate({ name: 'Appointment', channel: 'sms', content: { body: 'See you!' } });
    expect((await api.messageTemplates.list.query()).map((template) => template.name)).toEqual([
      'Appointment',
      'Welcome',
    ]);
    expect(await api.messageTemplates.get.query({ id: created.id })).toEqual(created);

    const updated = await api.messageTemplates.update.mutate({ id: created.id, name: 'Welcome mail' });
    expect(updated).toMatchObject({ name: 'Welcome mail', content: welcome });
    const moved = await api.messageTemplates.update.mutate({
      id: created.id,
      channel: 'line',
      content: { body: 'Hi' },
    });
    expect(moved).toMatchObject({ channel: 'line', content: { body: 'Hi' } });

    const taken = await trpcError(
      api.messageTemplates.create.mutate({ name: 'Appointment', channel: 'sms', content: { body: 'x' } }),
    );
    expect(taken.data?.httpStatus, JSON.stringify(taken.shape)).toBe(400);
    expect(taken.data?.issues, JSON.stringify(taken.shape)).toEqual([
      { path: 'name', message: expect.stringContaining('Appointment'), code: 'custom', missing: false },
    ]);
    const blank = await trpcError(
      api.messageTemplates.create.mutate({ name: '  ', channel: 'sms', content: { body: 'x' } }),
    );
    expect(blank.data?.issues?.map((issue) => issue.path)).toEqual(['name']);
    const noSubject = await trpcError(api.messageTemplates.update.mutate({ id: created.id, channel: 'email' }));
    expect(noSubject.data?.httpStatus).toBe(400);
    expect(noSubject.data?.issues?.map((issue) => issue.path)).toEqual(['content.subject']);
    const badSyntax = await trpcError(
      api.messageTemplates.create.mutate({ name: 'Broken', channel: 'sms', content: { body: 'Hi {{ customer.name' } }),
    );
    expect(badSyntax.data?.issues?.map((issue) => issue.path)).toEqual(['content.body']);

    await api.messageTemplates.remove.mutate({ id: created.id });
    expect((await api.messageTemplates.list.query()).map((template) => template.name)).toEqual(['Appointment']);
    expect((await trpcError(api.messageTemplates.get.query({ id: created.id }))).data?.code).toBe('NOT_FOUND');
  });

  it("previews for a real customer: name, tier, points and their locale's wording", async () => {
    const meiId = await identify('mei', { name: 'Mei', locale: 'zh-TW' });
    const db = test.database.db;
    await db
      .insertInto('customerTiers')
      .values({ customerId: meiId, workspaceId: workspace.workspaceId, tierKey: 'gold', since: new Date() })
      .execute();
    await appendPoints(db, {
      workspaceId: workspace.workspaceId,
      customerId: meiId,
      delta: 250,
      reason: 'welcome',
      idempotencyKey: 'preview-points-1',
    });

    const preview = await api.messageTemplates.preview.mutate({
      channel: 'email',
      content: welcome,
      customerId: meiId,
    });
    expect(preview).toMatchObject({
      ok: true,
      locale: 'zh-TW',
      customer: { id: meiId, name: 'Mei', locale: 'zh-TW' },
      message: { channel: 'email', subject: '歡迎 Mei', text: 'Mei 您好，gold 會員，點數 250 點。' },
    });
    const inEnglish = await api.messageTemplates.preview.mutate({
      channel: 'line',
      content: welcome,
      customerId: meiId,
      locale: 'en',
    });
    expect(inEnglish).toMatchObject({
      ok: true,
      locale: 'default',
      message: { channel: 'line', content: { type: 'text', text: 'Hi Mei, you are gold with 250 points.' } },
    });
  });

  it('shows the leaderboard as a send would: rank and top customers this month', async () => {
    const board = await createTestWorkspace(test);
    const boardApi = trpcClient(test, board.fullKey);
    const grant = async (userId: string, name: string, points: number) => {
      const customerId = await identifyCustomer(test, board, userId, { name });
      await appendPoints(test.database.db, {
        workspaceId: board.workspaceId,
        customerId,
        delta: points,
        reason: 'purchase',
        idempotencyKey: `leaderboard-${userId}`,
      });
      return customerId;
    };
    await grant('ann', 'Ann', 300);
    const benId = await grant('ben', 'Ben', 120);
    await grant('kai', 'Kai', 90);

    const preview = await boardApi.messageTemplates.preview.mutate({
      channel: 'sms',
      content: {
        body: '#{{ leaderboard.rank }}:{% for row in leaderboard.top %} {{ row.name }} {{ row.points }};{% endfor %}',
      },
      customerId: benId,
    });
    expect(preview).toMatchObject({ ok: true, message: { body: '#2: Ann 300; Ben 120; Kai 90;' } });
  });

  it('reports an unknown variable or bad syntax as a problem naming the field', async () => {
    const customerId = await identify('ken', { name: 'Ken', locale: 'zh-TW' });
    const unknownTop = await api.messageTemplates.preview.mutate({
      channel: 'sms',
      content: { body: 'Hi {{ shopper.name }}' },
      customerId,
    });
    expect(unknownTop).toEqual({
      ok: false,
      problems: [{ code: 'unknown_variable', field: 'body', message: expect.stringContaining('shopper') }],
    });
    const unknownAttribute = await api.messageTemplates.preview.mutate({
      channel: 'sms',
      content: { body: 'Hi', variants: { 'zh-TW': { body: '{{ customer.nickname }} 您好' } } },
      customerId,
    });
    expect(unknownAttribute).toEqual({
      ok: false,
      problems: [
        { code: 'unknown_variable', field: 'variants.zh-TW.body', message: expect.stringContaining('nickname') },
      ],
    });
    const syntax = await api.messageTemplates.preview.mutate({
      channel: 'email',
      content: { subject: 'Hi {% if %}', body: 'x' },
      customerId,
    });
    expect(syntax).toMatchObject({ ok: false, problems: [{ code: 'template_error', field: 'subject' }] });
  });

  it("refuses another workspace's template and customer as NOT_FOUND", async () => {
    const other = await createTestWorkspace(test, 'Other');
    const otherApi = trpcClient(test, other.fullKey);
    const theirs = await otherApi.messageTemplates.create.mutate({
      name: 'Secret',
      channel: 'sms',
      content: { body: 'x' },
    });
    const ourCustomer = await identify('lin', { name: 'Lin' });

    for (const call of [
      () => api.messageTemplates.get.query({ id: theirs.id }),
      () => api.messageTemplates.update.mutate({ id: theirs.id, name: 'Mine now' }),
      () => api.messageTemplates.remove.mutate({ id: theirs.id }),
      () =>
        otherApi.messageTemplates.preview.mutate({ channel: 'sms', content: { body: 'Hi' }, customerId: ourCustomer }),
    ]) {
      expect((await trpcError(call())).data?.code).toBe('NOT_FOUND');
    }
    expect((await api.messageTemplates.list.query()).map((template) => template.name)).not.toContain('Secret');
    // Names are unique per workspace, not across them.
    await api.messageTemplates.create.mutate({ name: 'Secret', channel: 'sms', content: { body: 'y' } });
  });
});
