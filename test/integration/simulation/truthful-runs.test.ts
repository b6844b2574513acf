// Test runs tell the truth: the facts a journey produces are routed back into the run (a wait for
// them continues, a trigger on them enters again), the workspace's sending policy applies unless
// the run ignores it, and a date trigger enters at its scheduled local time. Real Postgres, the
// real interpreter and node runtimes on the time-skipping Temporal server.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox, sealChannelConfig } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import {
  addCustomerTags,
  createSegment,
  createWorkspace,
  insertEvent,
  saveChannelCredentials,
  saveMessagingSettings,
  upsertCustomer,
} from '@wayfarer/db';
import { compileJourney, journeyGraphSchema, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { createBadge, createTier } from '@wayfarer/loyalty';
import { createSimulator, type SimulationRequest, type Simulator } from '@wayfarer/simulation';
import { getTemplate } from '@wayfarer/templates';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, temporalBinary } from '../../support/temporal';
import { hoursAfter, rowCounts } from './support';

const ZONE = 'Asia/Taipei';
const HOUR_MS = 3_600_000;

let database: TestDatabase;
let simulator: Simulator;
let workspaceId: string;

beforeAll(async () => {
  const [created, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase('truthful-runs'),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  database = created;
  workspaceId = (await createWorkspace(database.db, 'Acme')).id;
  const box = createSecretBox(randomBytes(32));
  await saveChannelCredentials(database.db, {
    workspaceId,
    channel: 'line',
    sealedConfig: sealChannelConfig(box, workspaceId, { channel: 'line', channelAccessToken: 'test-run-token' }),
  });
  simulator = createSimulator({
    db: database.db,
    runtimes,
    workflowBundle,
    testServerPath: await temporalBinary('temporal-test-server'),
  });
  await simulator.warmUp();
});

afterAll(async () => {
  await simulator?.close();
  await database?.drop();
});

async function compiled(graph: JourneyGraphInput): Promise<JourneyIR> {
  const result = compileJourney(graph, (await loadRuntimeRegistry()).nodes);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const sample = (attributes: Record<string, unknown> = {}) => ({
  kind: 'sample' as const,
  attributes: { name: 'Mei', ...attributes },
  tags: [],
  timezone: ZONE,
  locale: 'en',
});

function request(ir: JourneyIR, overrides: Partial<SimulationRequest>): SimulationRequest {
  return {
    workspaceId,
    journeyId: '00000000-0000-4000-8000-000000000001',
    ir,
    customer: sample(),
    startEvent: { name: 'signed_up', properties: {} },
    days: 2,
    events: [],
    ...overrides,
  };
}

/** The local hour and minute now in the test zone, as `HH:MM`, moved by `hours`. */
function localClock(hours: number): string {
  const at = new Date(Date.now() + hours * HOUR_MS);
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(at)
    .slice(0, 5);
}

const lineWelcome: JourneyGraphInput = {
  name: 'Welcome on LINE',
  nodes: [
    { id: 'signed-up', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    {
      id: 'hello',
      type: 'core.send',
      data: { config: { channel: 'line', name: 'Hello', body: 'Hello {{ customer.name }}' } },
    },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'signed-up', target: 'hello' },
    { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'end' },
  ],
  settings: { reentry: 'once', exitOn: [] },
};

describe('a truthful test run', () => {
  it("shows the streak template's streak_reached reward: the milestone enters the celebration", async () => {
    await createBadge(database.db, workspaceId, { key: 'streak-7', name: '7-day streak' });
    const template = getTemplate('daily-check-in-streak');
    if (!template) throw new Error('the daily check-in streak template is missing');
    const ir = await compiled(journeyGraphSchema.parse(template.graph('en')));
    // A check-in every 24 hours: seven local days in a row, each answering the previous day's wait.
    const checkIns = [1, 2, 3, 4, 5, 6].map((day) => ({ atHours: 24 * day, name: 'check_in', properties: {} }));
    const result = await simulator.simulate(
      request(ir, { startEvent: { name: 'check_in', properties: {} }, events: checkIns, days: 8 }),
    );

    const counted = result.steps.filter((step) => step.stepId === 'checkin');
    expect(counted.map((step) => [step.entry, step.port])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((entry) => [entry, 'counted']),
    );
    // The next day's check-in (a routed event) ended each earlier entry's wait: nobody was nudged early.
    const waits = result.steps.filter((step) => step.stepId === 'wait-next-check-in');
    expect(waits.slice(0, 6).map((step) => step.port)).toEqual(Array(6).fill('event'));
    expect(waits[6]?.port).toBe('timeout');

    // The 7th check-in stored streak_reached, which entered the journey at its milestone trigger.
    const milestone = result.steps.find((step) => step.stepId === 'checkin' && step.entry === 7);
    expect(milestone?.changes).toContainEqual({ kind: 'event_recorded', event: 'streak_reached' });
    const celebration = result.steps.filter((step) => step.entry === 8).map((step) => step.stepId);
    expect(celebration).toEqual(['streak-7', 'grant-streak-bonus', 'award-streak-badge', 'send-streak', 'end-streak']);
    const bonus = result.steps.find((step) => step.stepId === 'grant-streak-bonus');
    expect(bonus?.rewards).toEqual([
      // Seven daily check-ins of 10 points came before it.
      { kind: 'points', points: 100, reason: '7-day check-in streak bonus', balance: 170 },
    ]);
    expect(hoursAfter(result.startedAt, bonus?.enteredAt ?? null)).toBe(144);
    const badge = result.steps.find((step) => step.stepId === 'award-streak-badge');
    expect(badge?.rewards).toEqual([{ kind: 'badge', badgeKey: 'streak-7', badgeName: '7-day streak' }]);
  });

  it('defers a send in the quiet hours until they end, then sends it', async () => {
    await saveMessagingSettings(database.db, workspaceId, {
      quietHours: { start: localClock(-1), end: localClock(2) },
      frequencyCap: null,
    });
    const ir = await compiled(lineWelcome);
    const result = await simulator.simulate(request(ir, {}));
    const hello = result.steps.find((step) => step.stepId === 'hello');
    expect(hello?.messages.map(({ status, reason }) => [status, reason])).toEqual([
      ['deferred', 'quiet_hours'],
      [undefined, undefined],
    ]);
    const until = hello?.messages[0]?.until ?? null;
    // The quiet hours end at the start of a minute about two hours from now.
    expect(hoursAfter(result.startedAt, until)).toBeGreaterThanOrEqual(1.9);
    expect(hoursAfter(result.startedAt, until)).toBeLessThanOrEqual(2);
    expect(hello?.port).toBe('sent');
    expect(Math.abs(Date.parse(hello?.leftAt ?? '') - Date.parse(until ?? ''))).toBeLessThan(60_000);

    // The switch in the panel: the same run ignoring the workspace's sending rules sends at once.
    const ignoring = await simulator.simulate(request(ir, { sendingRules: 'ignore' }));
    const sentAtOnce = ignoring.steps.find((step) => step.stepId === 'hello');
    expect(sentAtOnce?.messages.map(({ status }) => status)).toEqual([undefined]);
    expect(hoursAfter(ignoring.startedAt, sentAtOnce?.leftAt ?? null)).toBe(0);
  });

  it('skips a send once the frequency cap is reached, with the reason', async () => {
    await saveMessagingSettings(database.db, workspaceId, {
      quietHours: null,
      frequencyCap: { limit: 1, windowHours: 24 },
    });
    const twice: JourneyGraphInput = {
      ...lineWelcome,
      nodes: [
        ...(lineWelcome.nodes ?? []),
        { id: 'again', type: 'core.send', data: { config: { channel: 'line', name: 'Again', body: 'Hi again' } } },
      ],
      edges: [
        { id: 'e1', source: 'signed-up', target: 'hello' },
        { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'again' },
        { id: 'e3', source: 'again', sourceHandle: 'sent', target: 'end' },
      ],
    };
    const result = await simulator.simulate(request(await compiled(twice), {}));
    const again = result.steps.find((step) => step.stepId === 'again');
    expect(again?.messages.map(({ status, reason }) => [status, reason])).toEqual([['skipped', 'frequency_capped']]);
    expect(again?.port).toBe('skipped');
  });

  it('starts a date-triggered journey at its scheduled local time', async () => {
    await saveMessagingSettings(database.db, workspaceId, { quietHours: null });
    const birthday: JourneyGraphInput = {
      ...lineWelcome,
      nodes: [
        {
          id: 'signed-up',
          type: 'core.trigger.date',
          data: { config: { attribute: 'birthday', offsetDays: 0, at: '09:00' } },
        },
        ...(lineWelcome.nodes ?? []).slice(1),
      ],
    };
    // Born tomorrow (local date), so the journey starts at 09:00 tomorrow on the customer's clock.
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + 24 * HOUR_MS));
    const result = await simulator.simulate(
      request(await compiled(birthday), { customer: sample({ birthday: `1990-${tomorrow.slice(5)}` }) }),
    );
    const entered = result.steps[0]?.enteredAt ?? '';
    expect(
      new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' })
        .format(new Date(entered))
        .replace(',', ''),
    ).toBe(`${tomorrow} 09:00`);
    expect(result.steps.find((step) => step.stepId === 'hello')?.port).toBe('sent');
  });

  it('refuses a date-triggered run for a customer without the date, saying why', async () => {
    const birthday = await compiled({
      ...lineWelcome,
      nodes: [
        {
          id: 'signed-up',
          type: 'core.trigger.date',
          data: { config: { attribute: 'birthday', offsetDays: 0, at: '09:00' } },
        },
        ...(lineWelcome.nodes ?? []).slice(1),
      ],
    });
    await expect(simulator.simulate(request(birthday, {}))).rejects.toMatchObject({ code: 'no_date' });
  });

  it('puts the customer in a segment when a step tags them: a wait for it continues, its trigger enters', async () => {
    const vips = await createSegment(database.db, workspaceId, {
      name: 'VIP members',
      description: '',
      rule: { type: 'tag', tag: 'vip', has: true },
    });
    const aDay = { amount: 1, unit: 'days' } as const;
    const ir = await compiled({
      name: 'Welcome VIPs',
      nodes: [
        { id: 'signed-up', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        { id: 'make-vip', type: 'core.tag', data: { config: { add: ['vip'] } } },
        {
          id: 'wait-vip',
          type: 'core.wait',
          data: {
            config: {
              mode: 'event',
              event: 'segment_entered',
              where: [{ path: 'segmentId', op: 'eq', value: vips.id }],
              timeout: aDay,
            },
          },
        },
        { id: 'is-vip', type: 'core.branch', data: { config: { conditions: [segmentIs(vips.id)] } } },
        { id: 'end', type: 'core.end' },
        { id: 'entered-vip', type: 'core.trigger.segment', data: { config: { segmentId: vips.id } } },
        { id: 'end-vip', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'signed-up', target: 'make-vip' },
        { id: 'e2', source: 'make-vip', target: 'wait-vip' },
        { id: 'e3', source: 'wait-vip', sourceHandle: 'event', target: 'is-vip' },
        { id: 'e4', source: 'wait-vip', sourceHandle: 'timeout', target: 'end' },
        { id: 'e5', source: 'is-vip', sourceHandle: 'true', target: 'end' },
        { id: 'e6', source: 'is-vip', sourceHandle: 'false', target: 'end' },
        { id: 'e7', source: 'entered-vip', target: 'end-vip' },
      ],
      settings: { reentry: 'every', exitOn: [] },
    });
    const result = await simulator.simulate(request(ir, {}));

    const tagged = result.steps.find((step) => step.stepId === 'make-vip');
    expect(tagged?.changes).toEqual([
      { kind: 'tag_added', tag: 'vip' },
      { kind: 'segment_entered', segmentId: vips.id, segmentName: 'VIP members' },
    ]);
    // The wait for entering the segment continued at once, and the branch saw the membership.
    const wait = result.steps.find((step) => step.stepId === 'wait-vip');
    expect(wait?.port).toBe('event');
    expect(hoursAfter(result.startedAt, wait?.leftAt ?? null)).toBe(0);
    expect(result.steps.find((step) => step.stepId === 'is-vip')?.port).toBe('true');
    // Entering the segment started a second entry at the segment trigger.
    expect(result.steps.filter((step) => step.entry === 2).map((step) => step.stepId)).toEqual([
      'entered-vip',
      'end-vip',
    ]);
  });

  it('moves the customer up a tier when granted points cross its threshold; a branch on the tier takes it', async () => {
    await createTier(database.db, workspaceId, {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      metric: 'points',
      threshold: 100,
    });
    await createTier(database.db, workspaceId, {
      key: 'gold',
      name: 'Gold',
      rank: 2,
      metric: 'points',
      threshold: 500,
    });
    const golden = await createSegment(database.db, workspaceId, {
      name: 'Gold members',
      description: '',
      rule: { type: 'tier', in: ['gold'], negate: false },
    });
    const ir = await compiled({
      name: 'Tier up',
      nodes: [
        { id: 'signed-up', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        { id: 'grant', type: 'core.reward.points', data: { config: { points: 400, reason: 'welcome gift' } } },
        { id: 'tier', type: 'core.tier.evaluate', data: { config: {} } },
        {
          id: 'is-gold',
          type: 'core.branch',
          data: { config: { conditions: [{ subject: 'tier', op: 'is', tier: 'gold' }] } },
        },
        { id: 'end', type: 'core.end' },
        {
          id: 'tier-changed',
          type: 'core.trigger.event',
          data: { config: { event: 'tier_changed', where: [{ path: 'to', op: 'eq', value: 'gold' }] } },
        },
        { id: 'end-gold', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'signed-up', target: 'grant' },
        { id: 'e2', source: 'grant', target: 'tier' },
        { id: 'e3', source: 'tier', sourceHandle: 'upgraded', target: 'is-gold' },
        { id: 'e4', source: 'tier', sourceHandle: 'same', target: 'end' },
        { id: 'e5', source: 'is-gold', sourceHandle: 'true', target: 'end' },
        { id: 'e6', source: 'is-gold', sourceHandle: 'false', target: 'end' },
        { id: 'e7', source: 'tier-changed', target: 'end-gold' },
      ],
      settings: { reentry: 'every', exitOn: [] },
    });
    // 150 points earned before: Silver. 400 more in the run make 550: Gold.
    const result = await simulator.simulate(request(ir, { customer: { ...sample(), points: 150, tier: 'silver' } }));

    const tier = result.steps.find((step) => step.stepId === 'tier');
    expect(tier?.port).toBe('upgraded');
    expect(tier?.changes).toEqual([
      { kind: 'tier_changed', from: 'silver', to: 'gold', fromName: 'Silver', toName: 'Gold', direction: 'upgrade' },
      { kind: 'segment_entered', segmentId: golden.id, segmentName: 'Gold members' },
    ]);
    expect(result.steps.find((step) => step.stepId === 'is-gold')?.port).toBe('true');
    expect(result.steps.filter((step) => step.entry === 2).map((step) => step.stepId)).toEqual([
      'tier-changed',
      'end-gold',
    ]);

    // 400 points in all earn Silver only: the customer stays where they are.
    const unchanged = await simulator.simulate(
      request(ir, { customer: { ...sample(), points: 0, tier: 'silver' }, days: 1 }),
    );
    expect(unchanged.steps.find((step) => step.stepId === 'tier')?.port).toBe('same');
  });
});

describe('segments of a stored customer in a test run', () => {
  it('leaves a segment when a step removes its tag and enters one when an injected event meets its rule, writing nothing', async () => {
    const lin = await upsertCustomer(database.db, {
      workspaceId,
      externalId: 'lin-1',
      traits: { name: 'Lin' },
      timezone: ZONE,
      locale: 'en',
    });
    await addCustomerTags(database.db, { workspaceId, customerId: lin.id, tags: ['newcomer'], source: 'test' });
    await insertEvent(database.db, {
      workspaceId,
      customerId: lin.id,
      messageId: 'lin-first-purchase',
      kind: 'track',
      name: 'purchase',
      properties: { total: 30 },
      timestamp: new Date(Date.now() - 5 * 86_400_000),
    });
    const newcomers = await createSegment(database.db, workspaceId, {
      name: 'Newcomers',
      description: '',
      rule: { type: 'tag', tag: 'newcomer', has: true },
    });
    const repeat = await createSegment(database.db, workspaceId, {
      name: 'Repeat buyers',
      description: '',
      rule: { type: 'event', event: 'purchase', where: [], count: { op: 'gte', value: 2 }, withinDays: null },
    });
    const ir = await compiled({
      name: 'Settle in',
      nodes: [
        { id: 'signed-up', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        { id: 'settled', type: 'core.tag', data: { config: { remove: ['newcomer'] } } },
        {
          id: 'pause',
          type: 'core.wait',
          data: { config: { mode: 'duration', duration: { amount: 2, unit: 'days' } } },
        },
        { id: 'end', type: 'core.end' },
        { id: 'bought-again', type: 'core.trigger.segment', data: { config: { segmentId: repeat.id } } },
        { id: 'end-repeat', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'signed-up', target: 'settled' },
        { id: 'e2', source: 'settled', target: 'pause' },
        { id: 'e3', source: 'pause', target: 'end' },
        { id: 'e4', source: 'bought-again', target: 'end-repeat' },
      ],
      settings: { reentry: 'every', exitOn: [] },
    });
    const before = await rowCounts(database.db);
    const result = await simulator.simulate(
      request(ir, {
        customer: { kind: 'existing', customerId: lin.id },
        days: 3,
        events: [{ atHours: 24, name: 'purchase', properties: { total: 40 } }],
      }),
    );

    expect(result.steps.find((step) => step.stepId === 'settled')?.changes).toEqual([
      { kind: 'tag_removed', tag: 'newcomer' },
      { kind: 'segment_exited', segmentId: newcomers.id, segmentName: 'Newcomers' },
    ]);
    // The stored purchase and the one on day 2 make two: the segment's trigger entered then.
    const entered = result.steps.find((step) => step.entry === 2);
    expect(entered?.stepId).toBe('bought-again');
    expect(hoursAfter(result.startedAt, entered?.enteredAt ?? null)).toBe(24);
    expect(await rowCounts(database.db)).toEqual(before);
  });
});

function segmentIs(segmentId: string) {
  return { subject: 'segment' as const, op: 'member' as const, segmentId };
}
