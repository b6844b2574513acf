// LINE rich menus on the real stack (server, worker, Postgres, Temporal dev server) against a local
// LINE Messaging API driven by @line/bot-sdk: a menu made with its image, the tier rule linking a
// customer's menu as their tier changes (and unlinking it when they leave the tier), the Switch rich
// menu step linking once although its activity is retried, and a customer without a LINE id skipped
// with the reason recorded; a saved rule applied at once to the friends it already concerns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveMessagingSettings } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { startHttpSink, type HttpSink } from '../channels/http-sink';
import { eventually } from '../../support/eventually';
import { lineMessagingApi, type LineMessagingApi } from '../../support/line-messaging-api';
import { addLineCustomer, connectLocalLine } from '../../support/line-workspace';
import { solidPng } from '../../support/rich-menu-image';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';

const lineUser = (n: number) => `U${n.toString(16).padStart(32, '0')}`;

function journeyOf(event: string, step: { type: string; config: unknown }, port: string): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', position: { x: 0, y: 0 }, type: 'core.trigger.event', data: { config: { event } } },
      { id: 'step', position: { x: 0, y: 160 }, type: step.type, data: { config: step.config } },
      { id: 'end', position: { x: 0, y: 320 }, type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'step' },
      { id: 'e2', source: 'step', sourceHandle: port, target: 'end' },
    ],
    settings: { reentry: 'every' },
  };
}

/** Points, then the tier: a purchase moves the customer up the tiers. */
const purchaseJourney: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', position: { x: 0, y: 0 }, type: 'core.trigger.event', data: { config: { event: 'purchase' } } },
    { id: 'grant', position: { x: 0, y: 160 }, type: 'core.reward.points', data: { config: { points: 150 } } },
    { id: 'tier', position: { x: 0, y: 320 }, type: 'core.tier.evaluate', data: { config: {} } },
    { id: 'end', position: { x: 0, y: 480 }, type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'grant' },
    { id: 'e2', source: 'grant', sourceHandle: 'out', target: 'tier' },
    { id: 'e3', source: 'tier', sourceHandle: 'upgraded', target: 'end' },
  ],
  settings: { reentry: 'every' },
};

describe('LINE rich menus on the real stack', () => {
  let stack: Stack;
  let line: HttpSink;
  let api: LineMessagingApi;
  let client: ApiClient;
  let key: string;
  let workspaceId: string;
  const menuIds: Record<string, string> = {};

  async function uploadImage(bytes: Buffer) {
    const response = await fetch(`${stack.url}/v1/rich-menu-images`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'image/png' },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function createMenu(name: string) {
    const image = await uploadImage(solidPng(2500, 843));
    expect(image.status).toBe(201);
    const areas = ['tier=vip', 'coupon', 'shop'].map((data) => ({
      bounds: { x: 0, y: 0, width: 1, height: 1 },
      action: { type: 'postback' as const, data },
    }));
    return client.richMenus.create.mutate({
      name,
      chatBarText: 'Menu',
      size: 'half',
      layout: 'three',
      areas,
      imageId: String(image.body.imageId),
    });
  }

  async function stepRun(userId: string, stepId: string) {
    return eventually(() =>
      stack.database.db
        .selectFrom('stepRuns')
        .innerJoin('enrollments', 'enrollments.id', 'stepRuns.enrollmentId')
        .innerJoin('customers', 'customers.id', 'enrollments.customerId')
        .select(['stepRuns.port', 'stepRuns.output'])
        .where('customers.externalId', '=', userId)
        .where('stepRuns.stepId', '=', stepId)
        .executeTakeFirst(),
    );
  }

  beforeAll(async () => {
    stack = await startStack('rich_menus', { sendTo: ['127.0.0.1'] });
    api = lineMessagingApi();
    line = await startHttpSink(api.reply);
    const created = await createWorkspaceWithKey(stack, 'Rich menus');
    ({ workspaceId, key } = created);
    await connectLocalLine(stack.database.db, stack.secretBox, workspaceId, line.url, 2_000);
    await saveMessagingSettings(stack.database.db, workspaceId, { quietHours: null, frequencyCap: null });
    client = apiClient(stack, key);
  }, 180_000);
  afterAll(async () => {
    await line?.close();
    await stack?.close();
  });

  it('refuses an image LINE would refuse, naming the field and the reason', async () => {
    const wrong = await uploadImage(solidPng(1200, 810));
    expect(wrong).toMatchObject({ status: 400, body: { error: 'image_dimensions', field: 'image' } });
    expect(String(wrong.body.message)).toContain('2500×1686 or 2500×843');
    const notImage = await uploadImage(Buffer.from('not an image'));
    expect(notImage).toMatchObject({ status: 400, body: { error: 'image_type' } });
  });

  it('creates a menu with its image and tap areas on LINE, and makes one the default', async () => {
    const vip = await createMenu('VIP menu');
    const base = await createMenu('Everyone');
    menuIds.vip = vip.id;
    menuIds.base = base.id;
    expect(vip.areas.map((area) => area.bounds)).toEqual([
      { x: 0, y: 0, width: 833, height: 843 },
      { x: 833, y: 0, width: 833, height: 843 },
      { x: 1666, y: 0, width: 834, height: 843 },
    ]);
    expect(api.richMenus.menus.size).toBe(2);
    for (const menu of api.richMenus.menus.values()) {
      expect(menu.image?.type).toBe('image/png');
      expect(menu.body.size).toEqual({ width: 2500, height: 843 });
    }
    await client.richMenus.setDefault.mutate({ id: base.id });
    const row = await stack.database.db
      .selectFrom('richMenus')
      .selectAll()
      .where('id', '=', base.id)
      .executeTakeFirstOrThrow();
    expect(api.richMenus.defaultMenu()).toBe(row.lineRichMenuId);
    expect((await client.richMenus.list.query()).map((menu) => [menu.name, menu.isDefault])).toEqual([
      ['VIP menu', false],
      ['Everyone', true],
    ]);
    await expect(createMenu('VIP menu')).rejects.toThrow(/already has this name/);
  });

  it('links the tier’s menu when a customer reaches it and unlinks it when they leave it', async () => {
    await client.loyalty.tiers.create.mutate({ key: 'vip', name: 'VIP', rank: 1, metric: 'points', threshold: 100 });
    await client.loyalty.tiers.create.mutate({ key: 'gold', name: 'Gold', rank: 2, metric: 'points', threshold: 250 });
    await client.richMenus.saveRules.mutate({
      rules: [{ kind: 'tier', tierKey: 'vip', richMenuId: String(menuIds.vip) }],
    });
    const journey = await client.journeys.create.mutate({ name: 'Points and tiers', graph: purchaseJourney });
    await client.journeys.publish.mutate({ journeyId: journey.id });
    const userId = lineUser(1);
    await addLineCustomer(stack.database.db, workspaceId, { externalId: 'tier-1', name: 'Mei', lineUserId: userId });
    const vipLineId = (
      await stack.database.db
        .selectFrom('richMenus')
        .select('lineRichMenuId')
        .where('id', '=', String(menuIds.vip))
        .executeTakeFirstOrThrow()
    ).lineRichMenuId;

    expect((await ingest(stack, key, '/v1/track', { userId: 'tier-1', event: 'purchase' })).status).toBe(200);
    await eventually(async () => (api.richMenus.links.get(userId) === vipLineId ? true : undefined), 60_000);

    // 300 points: Gold, which the rule gives no menu: back to the default.
    expect((await ingest(stack, key, '/v1/track', { userId: 'tier-1', event: 'purchase' })).status).toBe(200);
    await eventually(async () => (api.richMenus.links.has(userId) ? undefined : true), 60_000);
    expect(api.richMenus.calls.get(userId)).toEqual([`link:${vipLineId}`, 'unlink']);
    const recorded = await stack.database.db.selectFrom('customerRichMenus').selectAll().executeTakeFirstOrThrow();
    expect(recorded).toMatchObject({ richMenuId: null, source: 'rule' });
  }, 120_000);

  it('links the Switch rich menu step’s menu once although its activity is retried', async () => {
    const switchJourney = journeyOf(
      'menu_me',
      { type: 'core.line.rich-menu', config: { richMenuId: menuIds.base } },
      'out',
    );
    const journey = await client.journeys.create.mutate({ name: 'Switch menu', graph: switchJourney });
    await client.journeys.publish.mutate({ journeyId: journey.id });
    const userId = lineUser(2);
    await addLineCustomer(stack.database.db, workspaceId, { externalId: 'switch-1', name: 'Hao', lineUserId: userId });
    // LINE takes the first link but its answer never comes: the call times out and the step is retried.
    api.richMenus.hangNextLink(userId);
    expect((await ingest(stack, key, '/v1/track', { userId: 'switch-1', event: 'menu_me' })).status).toBe(200);

    const run = await stepRun('switch-1', 'step');
    expect(run).toMatchObject({ port: 'out', output: { status: 'unchanged', richMenuId: menuIds.base } });
    const baseLineId = (
      await stack.database.db
        .selectFrom('richMenus')
        .select('lineRichMenuId')
        .where('id', '=', String(menuIds.base))
        .executeTakeFirstOrThrow()
    ).lineRichMenuId;
    expect(api.richMenus.calls.get(userId)).toEqual([`link:${baseLineId}`]);
    expect(api.richMenus.links.get(userId)).toBe(baseLineId);
  }, 120_000);

  it('skips a customer without a LINE user id with the reason recorded', async () => {
    await addLineCustomer(stack.database.db, workspaceId, { externalId: 'no-line', name: 'Ann' });
    expect((await ingest(stack, key, '/v1/track', { userId: 'no-line', event: 'menu_me' })).status).toBe(200);
    const run = await stepRun('no-line', 'step');
    expect(run).toMatchObject({ port: 'skipped', output: { status: 'skipped', reason: 'no_line_user_id' } });
  }, 60_000);

  it('applies a saved rule to the friends it already concerns, and takes back the menus a removed line gave', async () => {
    const db = stack.database.db;
    const lineIdOf = async (id: string | undefined) =>
      (await db.selectFrom('richMenus').select('lineRichMenuId').where('id', '=', String(id)).executeTakeFirstOrThrow())
        .lineRichMenuId;
    const [baseLineId, vipLineId] = [await lineIdOf(menuIds.base), await lineIdOf(menuIds.vip)];
    // Lin held Gold before any line of the rule named it (Mei reached it in an earlier test).
    const lin = lineUser(5);
    await addLineCustomer(db, workspaceId, { externalId: 'gold-1', name: 'Lin', lineUserId: lin });
    const { id: linId } = await db
      .selectFrom('customers')
      .select('id')
      .where('externalId', '=', 'gold-1')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('customerTiers')
      .values({ customerId: linId, workspaceId, tierKey: 'gold', since: new Date() })
      .execute();
    const mei = lineUser(1);
    const switched = lineUser(2);
    const switchedCalls = [...(api.richMenus.calls.get(switched) ?? [])];

    await client.richMenus.saveRules.mutate({
      rules: [
        { kind: 'tier', tierKey: 'gold', richMenuId: String(menuIds.base) },
        { kind: 'tier', tierKey: 'vip', richMenuId: String(menuIds.vip) },
      ],
    });
    await eventually(
      async () =>
        api.richMenus.links.get(lin) === baseLineId && api.richMenus.links.get(mei) === baseLineId ? true : undefined,
      60_000,
    );

    // The Gold line removed: the menus it gave go back to the default; VIP's line still stands.
    await client.richMenus.saveRules.mutate({
      rules: [{ kind: 'tier', tierKey: 'vip', richMenuId: String(menuIds.vip) }],
    });
    await eventually(
      async () => (api.richMenus.links.has(lin) || api.richMenus.links.has(mei) ? undefined : true),
      60_000,
    );
    expect(api.richMenus.calls.get(lin)).toEqual([`link:${baseLineId}`, 'unlink']);
    expect(api.richMenus.calls.get(mei)).toEqual([`link:${vipLineId}`, 'unlink', `link:${baseLineId}`, 'unlink']);
    // A menu a journey step gave, to a friend no line holds for, is not the rule's to change.
    expect(api.richMenus.calls.get(switched)).toEqual(switchedCalls);
    const lins = await db
      .selectFrom('customerRichMenus')
      .selectAll()
      .where('customerId', '=', linId)
      .executeTakeFirstOrThrow();
    expect(lins).toMatchObject({ richMenuId: null, source: 'rule' });
  }, 120_000);
});
