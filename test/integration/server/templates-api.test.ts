import { randomBytes } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createSecretBox } from '@wayfarer/channels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevServerEnv } from '../../support/temporal';
import { createTestWorkspace, startTestServer, trpcClient, trpcError, type TestServer } from './support';

// The templates gallery: listing templates and creating journeys from them.
describe('templates tRPC API', () => {
  let test: TestServer;
  let api: ReturnType<typeof trpcClient>;
  // Publishing the birthday template creates its date-trigger schedule: a real Temporal server.
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await createDevServerEnv();
    // A key, so the LINE channel the templates send on can be connected.
    test = await startTestServer('server_templates', {
      temporal: env.client,
      secretBox: createSecretBox(randomBytes(32)),
    });
    api = trpcClient(test, (await createTestWorkspace(test)).fullKey);
  });
  afterAll(async () => {
    await test.close();
    await env.teardown();
  });

  it('lists every template with its texts in every language, node types and preview', async () => {
    const templates = await api.templates.list.query();
    expect(templates.map((template) => template.id)).toEqual([
      'line-welcome-series',
      'first-purchase-gift',
      'birthday-surprise',
      'daily-check-in-streak',
      'win-back-lapsed',
      'vip-upgrade-thanks',
      'lucky-draw',
    ]);
    const welcome = templates[0];
    expect(welcome?.name).toEqual({
      en: 'Welcome series for new LINE friends',
      'zh-TW': '新好友歡迎系列',
      'zh-CN': '新好友欢迎系列',
    });
    expect(welcome?.nodeTypes).toEqual(['core.trigger.event', 'core.tag', 'core.send', 'core.wait', 'core.end']);
    expect(templates.find((template) => template.id === 'lucky-draw')?.nodeTypes).toContain('core.lottery.draw');
    for (const template of templates) {
      expect(template.preview.nodes.length).toBeGreaterThan(3);
      expect(template.preview.edges.length).toBeGreaterThanOrEqual(template.preview.nodes.length - 2);
      expect(template.tags.length).toBeGreaterThan(0);
    }
  });

  it('needs a full-scope key', async () => {
    expect((await trpcError(trpcClient(test, 'wf_nope').templates.list.query())).data?.code).toBe('UNAUTHORIZED');
  });

  it('creates a draft from every template; publishing waits for LINE and the lottery, badge, tier and segment they use', async () => {
    const templates = await api.templates.list.query();
    type Problem = { code: string; params?: Record<string, string> };
    type Draft = Awaited<ReturnType<typeof api.journeys.createFromTemplate.mutate>>;
    const journeys: { template: string; journey: Draft; problems: Problem[] | undefined }[] = [];
    for (const template of templates) {
      const journey = await api.journeys.createFromTemplate.mutate({ templateId: template.id, name: template.name.en });
      expect(journey, template.id).toMatchObject({ name: template.name.en, status: 'draft', draftRevision: 1 });
      expect(new Set(journey.draft.nodes.map((node) => node.type))).toEqual(new Set(template.nodeTypes));
      const refused = await trpcError(api.journeys.publish.mutate({ journeyId: journey.id }));
      const problems = (refused.data as { problems?: Problem[] }).problems;
      expect(problems, template.id).toContainEqual(
        expect.objectContaining({ code: 'channel_not_connected', params: { kind: 'channel', ref: 'line' } }),
      );
      journeys.push({ template: template.id, journey, problems });
    }
    const missing = (id: string) =>
      journeys.find((entry) => entry.template === id)?.problems?.filter((problem) => problem.code === 'missing_asset');
    expect(missing('daily-check-in-streak')).toEqual([
      expect.objectContaining({ params: { kind: 'badge', ref: 'streak-7' } }),
    ]);
    expect(missing('lucky-draw')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ kind: 'lottery' }) }),
    ]);
    expect(missing('vip-upgrade-thanks')).toEqual([expect.objectContaining({ params: { kind: 'tier', ref: 'vip' } })]);

    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'line-token-for-templates' } });
    await api.loyalty.badges.create.mutate({ key: 'streak-7', name: '7-day streak' });
    await api.loyalty.tiers.create.mutate({ key: 'vip', name: 'VIP', rank: 1, metric: 'points', threshold: 5000 });
    const lottery = await api.loyalty.lotteries.create.mutate({
      name: 'Lucky draw',
      loseWeight: 10,
      prizes: [{ key: 'grand', name: 'Grand', weight: 1, stock: 3, reward: { kind: 'points', points: 1000 } }],
    });
    const segment = await api.segments.create.mutate({ name: 'Lapsed', rule: { type: 'tag', tag: 'lapsed' } });
    for (const { template, journey } of journeys) {
      if (template === 'lucky-draw' || template === 'win-back-lapsed') {
        const replace = (config: object) =>
          template === 'lucky-draw'
            ? { ...config, lotteryId: lottery.lotteryId }
            : { ...config, segmentId: segment.id };
        const graph = {
          ...journey.draft,
          nodes: journey.draft.nodes.map((node) =>
            ['core.lottery.draw', 'core.trigger.segment'].includes(node.type)
              ? { ...node, data: { ...node.data, config: replace(node.data.config as object) } }
              : node,
          ),
        };
        await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph });
      }
      const version = await api.journeys.publish.mutate({ journeyId: journey.id });
      expect(version.number, template).toBe(1);
      expect(
        version.warnings.filter((warning) => warning.code === 'test_channel'),
        template,
      ).toEqual([]);
      expect((await api.journeys.get.query({ journeyId: journey.id })).status).toBe('live');
    }
  });

  it('sets a template up with what it needs: the channel, and each asset created from its suggestion or picked', async () => {
    const setupApi = trpcClient(test, (await createTestWorkspace(test, 'Setup')).fullKey);
    const before = await setupApi.templates.setup.query({ templateId: 'lucky-draw', locale: 'zh-TW' });
    expect(before).toMatchObject({ templateChannels: ['line'], connectedChannels: [] });
    expect(before.assets).toEqual([
      expect.objectContaining({ kind: 'lottery', suggestedName: '幸運抽獎', exists: false, options: [] }),
    ]);
    expect(before.assets[0]?.suggestedDetail).toContain('大獎 × 3');

    // Everything made from the suggestions, on the test mailbox: the draft publishes straight away.
    const created = [];
    for (const template of await setupApi.templates.list.query()) {
      const { assets } = await setupApi.templates.setup.query({ templateId: template.id });
      const journey = await setupApi.journeys.createFromTemplate.mutate({
        templateId: template.id,
        channel: 'outbox',
        assets: Object.fromEntries(assets.map((asset) => [asset.ref, { create: true as const }])),
      });
      const version = await setupApi.journeys.publish.mutate({ journeyId: journey.id });
      expect(version.number, template.id).toBe(1);
      created.push(template.id);
    }
    expect(created).toHaveLength(7);
    const lotteries = await setupApi.loyalty.lotteries.list.query();
    expect(lotteries.map((lottery) => lottery.name)).toEqual(['Lucky draw']);
    expect(lotteries[0]?.prizes.map((prize) => [prize.key, prize.remaining])).toEqual([
      ['grand', 3],
      ['coupon', 100],
    ]);
    expect((await setupApi.loyalty.couponPools.list.query()).map((pool) => pool.name)).toEqual(['Lucky draw coupons']);
    expect((await setupApi.loyalty.badges.list.query()).map((badge) => badge.key)).toEqual(['streak-7']);
    expect((await setupApi.segments.list.query()).map((segment) => segment.name)).toContain('Lapsed customers');

    // Now the badge exists: the streak template uses it as it is, and a picked lottery brings its own prizes.
    const streak = await setupApi.templates.setup.query({ templateId: 'daily-check-in-streak' });
    expect(streak.assets).toEqual([expect.objectContaining({ kind: 'badge', ref: 'streak-7', exists: true })]);
    const picked = await setupApi.loyalty.lotteries.create.mutate({
      name: 'Weekly draw',
      loseWeight: 1,
      prizes: [{ key: 'mug', name: 'Mug', weight: 1, stock: 5, reward: { kind: 'points', points: 10 } }],
    });
    const draw = await setupApi.journeys.createFromTemplate.mutate({
      templateId: 'lucky-draw',
      channel: 'outbox',
      assets: { [before.assets[0]?.ref ?? '']: { use: picked.lotteryId } },
    });
    const drawNode = draw.draft.nodes.find((node) => node.type === 'core.lottery.draw');
    expect(drawNode?.data.config).toMatchObject({ lotteryId: picked.lotteryId, prizes: [{ key: 'mug', name: 'Mug' }] });
    expect(draw.draft.edges.some((edge) => edge.sourceHandle === 'win:grand')).toBe(false);
    const stolen = await trpcError(
      trpcClient(test, (await createTestWorkspace(test, 'Other')).fullKey).journeys.createFromTemplate.mutate({
        templateId: 'lucky-draw',
        assets: { [before.assets[0]?.ref ?? '']: { use: picked.lotteryId } },
      }),
    );
    expect(stolen.data?.code).toBe('NOT_FOUND');
  });

  it('writes the messages in the chosen language and names the journey after the template', async () => {
    const journey = await api.journeys.createFromTemplate.mutate({ templateId: 'birthday-surprise', locale: 'zh-TW' });
    expect(journey.name).toBe('生日驚喜');
    const bodies = journey.draft.nodes
      .filter((node) => node.type === 'core.send')
      .map((node) => (node.data.config as { body: string }).body);
    expect(bodies.join('\n')).toContain('生日快樂');
    const named = await api.journeys.createFromTemplate.mutate({
      templateId: 'birthday-surprise',
      locale: 'zh-CN',
      name: '2025 生日礼',
    });
    expect(named.name).toBe('2025 生日礼');
    expect(JSON.stringify(named.draft)).toContain('生日快乐');
  });

  it('answers NOT_FOUND for an unknown template', async () => {
    const error = await trpcError(
      api.journeys.createFromTemplate.mutate({ templateId: 'no-such-template', name: 'x' }),
    );
    expect(error.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
    expect(error.message).toContain('no-such-template');
  });
});
