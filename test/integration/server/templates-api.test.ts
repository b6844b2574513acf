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

  it('creates a draft from every template; publishing waits for LINE and the lottery and badge they use', async () => {
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

    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'line-token-for-templates' } });
    await api.loyalty.badges.create.mutate({ key: 'streak-7', name: '7-day streak' });
    const lottery = await api.loyalty.lotteries.create.mutate({
      name: 'Lucky draw',
      loseWeight: 10,
      prizes: [
        { key: 'grand', name: 'Grand', weight: 1, stock: 3, reward: { kind: 'points', points: 1000 } },
        { key: 'coupon', name: 'Coupon', weight: 5, stock: 100, reward: { kind: 'points', points: 100 } },
      ],
    });
    for (const { template, journey } of journeys) {
      if (template === 'lucky-draw') {
        const graph = {
          ...journey.draft,
          nodes: journey.draft.nodes.map((node) =>
            node.type === 'core.lottery.draw'
              ? {
                  ...node,
                  data: { ...node.data, config: { ...(node.data.config as object), lotteryId: lottery.lotteryId } },
                }
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
