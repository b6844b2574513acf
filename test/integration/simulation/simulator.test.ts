// The simulator (issue 7) on the time-skipping test server: a 30-day journey played in seconds by
// the real interpreter and node runtimes, with injected events, writing nothing.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createWorkspace, upsertCustomer } from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { createCouponPool } from '@wayfarer/loyalty';
import { createSimulator, type SimulationRequest, type SimulationResult, type Simulator } from '@wayfarer/simulation';
import { publishGraph } from '../../support/publish-graph';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, temporalBinary } from '../../support/temporal';
import { hoursAfter, rowCounts, welcomeJourney } from './support';

let database: TestDatabase;
let simulator: Simulator;
let workspaceId: string;
let customerId: string;
let journey: { journeyId: string; ir: JourneyIR };

beforeAll(async () => {
  const [created, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase('simulator'),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  database = created;
  workspaceId = (await createWorkspace(database.db, 'Acme')).id;
  const customer = await upsertCustomer(database.db, {
    workspaceId,
    externalId: 'mei-1',
    traits: { name: 'Mei' },
    timezone: 'Asia/Taipei',
    locale: 'en',
  });
  customerId = customer.id;
  journey = await publishGraph(database.db, runtimes.nodes, { workspaceId, name: 'Welcome', graph: welcomeJourney });
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

function request(overrides: Partial<SimulationRequest> = {}): SimulationRequest {
  return {
    workspaceId,
    journeyId: journey.journeyId,
    ir: journey.ir,
    customer: { kind: 'existing', customerId },
    startEvent: { name: 'signed_up', properties: { source: 'test' } },
    days: 30,
    events: [],
    ...overrides,
  };
}

/** The IR of a graph written for one test (the published welcome journey serves the others). */
async function compileForTest(graph: JourneyGraphInput): Promise<JourneyIR> {
  const compiled = compileJourney(graph, (await loadRuntimeRegistry()).nodes);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.value;
}

/** The path as [step id, hours after the start it was entered, hours it was left, port]. */
function path(result: SimulationResult) {
  return result.steps.map((step) => [
    step.stepId,
    hoursAfter(result.startedAt, step.enteredAt),
    hoursAfter(result.startedAt, step.leftAt),
    step.port,
  ]);
}

const purchaseOn = (atHours: number) => [{ atHours, name: 'purchase', properties: { amount: 30 } }];

describe('simulating a journey', () => {
  it('plays a purchase on day 2 through the real nodes, in seconds, writing nothing', async () => {
    const before = await rowCounts(database.db);
    const begin = performance.now();
    const result = await simulator.simulate(request({ events: purchaseOn(36) }));
    const took = performance.now() - begin;

    expect(path(result)).toEqual([
      ['signed-up', 0, 0, 'out'],
      ['tag-new', 0, 0, 'out'],
      ['welcome', 0, 0, 'skipped'],
      ['wait-3', 0, 72, 'out'],
      ['bought', 72, 72, 'true'],
      ['points', 72, 72, 'out'],
      ['thanks', 72, 72, 'sent'],
      ['end-thanked', 72, null, null],
    ]);
    expect(result.outcome).toBe('completed');
    expect(result.exitReason).toBeNull();
    expect(hoursAfter(result.startedAt, result.endedAt)).toBe(72);
    expect(hoursAfter(result.startedAt, result.goalReachedAt)).toBe(36);
    // Simulated time starts now, not on the test server's skipped-ahead clock.
    expect(Math.abs(Date.parse(result.startedAt) - Date.now())).toBeLessThan(60_000);

    const step = (id: string) => result.steps.find((candidate) => candidate.stepId === id);
    // Mei has no LINE account on file: the test run says so, as a real send would, and she continues.
    expect(step('welcome')?.messages).toEqual([
      {
        channel: 'line',
        body: 'Welcome, Mei! Glad you joined.',
        status: 'skipped',
        reason: 'no_address',
      },
    ]);
    expect(step('thanks')?.messages).toEqual([{ channel: 'outbox', body: 'Thanks Mei, you now have 100 points.' }]);
    expect(step('points')?.rewards).toEqual([{ kind: 'points', points: 100, reason: 'first purchase', balance: 100 }]);
    expect(step('tag-new')?.changes).toEqual([
      { kind: 'tag_added', tag: 'new_member' },
      { kind: 'attribute_set', key: 'stage', value: '"welcomed"' },
    ]);

    expect(await rowCounts(database.db)).toEqual(before);
    // The issue asks for seconds; a generous bound on a shared two-core machine.
    expect(took).toBeLessThan(5_000);
    expect(result.elapsedMs).toBeLessThan(5_000);
  });

  it('takes the other branch without the purchase: waits 10 more days, then reminds', async () => {
    const result = await simulator.simulate(request());
    expect(path(result)).toEqual([
      ['signed-up', 0, 0, 'out'],
      ['tag-new', 0, 0, 'out'],
      ['welcome', 0, 0, 'skipped'],
      ['wait-3', 0, 72, 'out'],
      ['bought', 72, 72, 'false'],
      ['wait-purchase', 72, 312, 'timeout'],
      ['reminder', 312, 312, 'sent'],
      ['end-reminded', 312, null, null],
    ]);
    expect(result.steps.find((step) => step.stepId === 'reminder')?.messages).toEqual([
      { channel: 'outbox', body: 'Hi Mei, your gift is waiting.' },
    ]);
    expect(result.goalReachedAt).toBeNull();
    expect(result.steps.flatMap((step) => step.rewards)).toEqual([]);
  });

  it('ends the wait for the event when it arrives (day 5), through both waits', async () => {
    const result = await simulator.simulate(request({ events: purchaseOn(120) }));
    const waited = result.steps.find((step) => step.stepId === 'wait-purchase');
    const hours = (iso: string | null | undefined) => hoursAfter(result.startedAt, iso ?? null);
    expect([hours(waited?.enteredAt), hours(waited?.leftAt)]).toEqual([72, 120]);
    expect(waited?.port).toBe('event');
    expect(result.steps.map((step) => step.stepId).slice(-3)).toEqual(['points', 'thanks', 'end-thanked']);
    expect(hoursAfter(result.startedAt, result.endedAt)).toBe(120);
  });

  it('simulates a made-up customer, and stops at the horizon with the customer still waiting', async () => {
    const before = await rowCounts(database.db);
    const result = await simulator.simulate(
      request({
        days: 5,
        customer: {
          kind: 'sample',
          attributes: { name: 'Ada' },
          tags: ['vip'],
          timezone: 'Europe/London',
          locale: 'en',
          points: 50,
        },
      }),
    );
    expect(result.outcome).toBe('waiting');
    expect(result.exitReason).toBeNull();
    expect(hoursAfter(result.startedAt, result.endedAt)).toBe(120);
    const last = result.steps.at(-1);
    expect([last?.stepId, last?.leftAt, last?.port]).toEqual(['wait-purchase', null, null]);
    expect(result.steps.find((step) => step.stepId === 'welcome')?.messages).toEqual([
      { channel: 'line', body: 'Welcome, Ada! Glad you joined.', status: 'skipped', reason: 'channel_not_connected' },
    ]);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it('keeps concurrent simulations apart', async () => {
    const [bought, idle] = await Promise.all([
      simulator.simulate(request({ events: purchaseOn(36) })),
      simulator.simulate(request()),
    ]);
    expect(bought.steps.at(-1)?.stepId).toBe('end-thanked');
    expect(idle.steps.at(-1)?.stepId).toBe('end-reminded');
    expect(hoursAfter(idle.startedAt, idle.endedAt)).toBe(312);
  });

  it('issues a simulated coupon from a real pool without taking one, and templates read its code', async () => {
    const pool = await createCouponPool(database.db, workspaceId, {
      name: 'Spring',
      source: 'pattern',
      codePattern: 'SPRING-{6}',
      inventory: 10,
    });
    const graph: JourneyGraphInput = {
      nodes: [
        { id: 'start', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        { id: 'coupon', type: 'core.coupon.issue', data: { config: { poolId: pool.id } } },
        {
          id: 'tell',
          type: 'core.send',
          data: { config: { channel: 'sms', name: 'Code', body: 'Your code: {{ steps.coupon.code }}' } },
        },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'a', source: 'start', sourceHandle: 'out', target: 'coupon' },
        { id: 'b', source: 'coupon', sourceHandle: 'issued', target: 'tell' },
        { id: 'c', source: 'tell', sourceHandle: 'sent', target: 'end' },
      ],
    };
    const ir = await compileForTest(graph);
    const before = await rowCounts(database.db);
    const result = await simulator.simulate(request({ ir, days: 1 }));
    const coupon = result.steps.find((step) => step.stepId === 'coupon');
    expect(coupon?.rewards).toEqual([
      { kind: 'coupon', poolId: pool.id, poolName: 'Spring', code: expect.any(String) },
    ]);
    const reward = coupon?.rewards[0];
    const code = reward?.kind === 'coupon' ? reward.code : '';
    expect(result.steps.find((step) => step.stepId === 'tell')?.messages).toEqual([
      // Mei has no phone number on file: what the message would say, skipped for it.
      { channel: 'sms', body: `Your code: ${code}`, status: 'skipped', reason: 'no_address' },
    ]);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it("branches on a made-up customer's value tier", async () => {
    const graph: JourneyGraphInput = {
      nodes: [
        { id: 'start', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
        {
          id: 'valuable',
          type: 'core.branch',
          data: { config: { conditions: [{ subject: 'valueTier', op: 'is', valueTier: 'high_value' }] } },
        },
        { id: 'end-valuable', type: 'core.end' },
        { id: 'end-other', type: 'core.end' },
      ],
      edges: [
        { id: 'a', source: 'start', sourceHandle: 'out', target: 'valuable' },
        { id: 'b', source: 'valuable', sourceHandle: 'true', target: 'end-valuable' },
        { id: 'c', source: 'valuable', sourceHandle: 'false', target: 'end-other' },
      ],
    };
    const ir = await compileForTest(graph);
    const sample = (valueTier?: 'high_value' | 'general') => ({
      kind: 'sample' as const,
      attributes: {},
      tags: [],
      timezone: 'Asia/Taipei',
      locale: 'zh-TW',
      ...(valueTier === undefined ? {} : { valueTier }),
    });
    const runs = await Promise.all(
      [sample('high_value'), sample('general'), sample()].map((customer) =>
        simulator.simulate(request({ ir, days: 1, customer })),
      ),
    );
    expect(runs.map((run) => run.steps.at(-1)?.stepId)).toEqual(['end-valuable', 'end-other', 'end-other']);
  });

  it('refuses a customer of another workspace as not found', async () => {
    const other = (await createWorkspace(database.db, 'Other')).id;
    await expect(simulator.simulate(request({ workspaceId: other }))).rejects.toMatchObject({ code: 'not_found' });
  });
});
