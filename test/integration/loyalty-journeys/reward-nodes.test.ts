import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBadge, createCouponPool, createLottery, createTier } from '@wayfarer/loyalty';
import { createJourneyActivities } from '@wayfarer/worker';
import {
  addCustomer,
  around,
  createAudience,
  finished,
  portsOf,
  publish,
  runOnce,
  startBench,
  startRun,
  type Bench,
} from './support';

describe('reward nodes on the real worker, Postgres and time-skipping Temporal', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench('loyalty-journeys');
  });
  afterAll(async () => bench?.close());

  it('never awards a limited prize beyond its stock, however many customers draw at once', async () => {
    const { workspaceId } = await createAudience(bench.db);
    // Every draw lands on the grand prize while it lasts (no lose weight); then the draws lose.
    const lottery = await createLottery(bench.db, workspaceId, {
      name: 'Launch draw',
      loseWeight: 0,
      prizes: [{ key: 'grand', name: 'Grand', weight: 1, stock: 2, reward: { kind: 'points', points: 500 } }],
    });
    const ports = ['win:grand', 'lose'];
    const journey = await publish(
      bench,
      workspaceId,
      around('core.lottery.draw', { lotteryId: lottery.id, prizes: [{ key: 'grand' }] }, ports),
    );
    const customers = await Promise.all(Array.from({ length: 6 }, () => addCustomer(bench.db, workspaceId)));
    const runs = await Promise.all(
      customers.map((customerId) => startRun(bench, { workspaceId, customerId }, journey)),
    );
    const statuses = await Promise.all(runs.map((run) => finished(bench, run.enrollmentId)));
    expect(statuses).toEqual(Array.from({ length: 6 }, () => 'completed'));

    const taken = await Promise.all(runs.map(async (run) => (await portsOf(bench.db, run.enrollmentId)).step));
    expect(taken.filter((port) => port === 'win:grand')).toHaveLength(2);
    expect(taken.filter((port) => port === 'lose')).toHaveLength(4);
    const prize = await bench.db
      .selectFrom('lotteryPrizes')
      .select('awarded')
      .where('lotteryId', '=', lottery.id)
      .executeTakeFirstOrThrow();
    expect(prize.awarded).toBe(2);
    const grants = await bench.db
      .selectFrom('pointsLedger')
      .select('delta')
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(grants.map((row) => row.delta)).toEqual([500, 500]);
    // The wins are the customers' events, for journeys to start on.
    const won = await bench.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(won).toHaveLength(2);
    expect(won[0]).toMatchObject({ name: 'lottery_won', properties: { lotteryId: lottery.id, prizeKey: 'grand' } });
  });

  it('gives a retried draw step the same prize, and draws only once', async () => {
    const audience = await createAudience(bench.db);
    const lottery = await createLottery(bench.db, audience.workspaceId, {
      name: 'Retry draw',
      loseWeight: 1,
      prizes: [
        { key: 'a', name: 'A', weight: 1, stock: 5, reward: { kind: 'points', points: 10 } },
        { key: 'b', name: 'B', weight: 1, stock: 5, reward: { kind: 'points', points: 20 } },
      ],
    });
    const config = { lotteryId: lottery.id, prizes: [{ key: 'a' }, { key: 'b' }] };
    const journey = await publish(
      bench,
      audience.workspaceId,
      around('core.lottery.draw', config, ['win:a', 'win:b', 'lose']),
    );
    const { enrollmentId } = await runOnce(bench, audience, journey);
    const receipt = await bench.db
      .selectFrom('stepRuns')
      .selectAll()
      .where('enrollmentId', '=', enrollmentId)
      .where('stepId', '=', 'step')
      .executeTakeFirstOrThrow();

    // Temporal retries an activity whose answer was lost after it committed: same visit, same key.
    const activities = createJourneyActivities({ db: bench.db, runtimes: bench.runtimes });
    const retried = await activities.runStep({
      ...audience,
      journeyId: journey.journeyId,
      journeyVersionId: journey.versionId,
      enrollmentId,
      stepId: 'step',
      visit: receipt.visit,
      idempotencyKey: receipt.idempotencyKey,
      entryEvent: null,
      journeyEvents: [],
      trail: [],
    });
    expect(retried).toMatchObject({ port: receipt.port, output: receipt.output });
    const draws = await bench.db
      .selectFrom('lotteryDraws')
      .select('idempotencyKey')
      .where('lotteryId', '=', lottery.id)
      .execute();
    expect(draws).toEqual([{ idempotencyKey: receipt.idempotencyKey }]);
  });

  it('issues a coupon code as the step output and follows out_of_stock once the pool is empty', async () => {
    const { workspaceId } = await createAudience(bench.db);
    const pool = await createCouponPool(bench.db, workspaceId, {
      name: 'Spring',
      source: 'list',
      codes: ['SPRING-ONE'],
    });
    const graph = around('core.coupon.issue', { poolId: pool.id }, ['issued', 'out_of_stock']);
    // A message after the coupon shows its code, read from the issuing step's output.
    graph.nodes = graph.nodes.filter((node) => node.id !== 'end-issued');
    graph.nodes.push({
      id: 'send',
      type: 'core.send',
      data: { config: { channel: 'outbox', name: 'Coupon', body: 'Your code: {{ steps.step.code }}' } },
    });
    graph.nodes.push({ id: 'end-sent', type: 'core.end' });
    graph.edges = (graph.edges ?? []).filter((edge) => edge.sourceHandle !== 'issued');
    graph.edges.push({ id: 'e-issued', source: 'step', sourceHandle: 'issued', target: 'send' });
    graph.edges.push({ id: 'e-sent', source: 'send', sourceHandle: 'sent', target: 'end-sent' });
    const journey = await publish(bench, workspaceId, graph);

    const first = { workspaceId, customerId: await addCustomer(bench.db, workspaceId) };
    const second = { workspaceId, customerId: await addCustomer(bench.db, workspaceId) };
    const issued = await runOnce(bench, first, journey);
    const empty = await runOnce(bench, second, journey);
    expect(await portsOf(bench.db, issued.enrollmentId)).toMatchObject({ step: 'issued', send: 'sent' });
    expect(await portsOf(bench.db, empty.enrollmentId)).toEqual({ trigger: 'out', step: 'out_of_stock' });
    const messages = await bench.db
      .selectFrom('messages')
      .select(['customerId', 'body'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(messages).toEqual([{ customerId: first.customerId, body: 'Your code: SPRING-ONE' }]);
    const events = await bench.db
      .selectFrom('events')
      .select(['customerId', 'name'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(events).toEqual([{ customerId: first.customerId, name: 'coupon_issued' }]);
  });

  it('upgrades the tier on points earned, awards a badge, and branches on both', async () => {
    const audience = await createAudience(bench.db);
    await createTier(bench.db, audience.workspaceId, {
      key: 'silver',
      name: 'Silver',
      rank: 1,
      metric: 'points',
      threshold: 500,
    });
    await createBadge(bench.db, audience.workspaceId, { key: 'first-silver', name: 'First silver' });
    const graph = {
      name: 'tier',
      nodes: [
        { id: 'trigger', type: 'core.trigger.api', data: { config: {} } },
        { id: 'grant', type: 'core.reward.points', data: { config: { points: 600, expiresInMonths: 12 } } },
        { id: 'tier', type: 'core.tier.evaluate', data: { config: {} } },
        { id: 'badge', type: 'core.badge.award', data: { config: { badgeKey: 'first-silver' } } },
        {
          id: 'check',
          type: 'core.branch',
          data: {
            config: {
              conditions: [
                { subject: 'tier', op: 'is', tier: 'silver' },
                { subject: 'badge', op: 'has', badgeKey: 'first-silver' },
              ],
            },
          },
        },
        { id: 'end-yes', type: 'core.end' },
        { id: 'end-no', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'grant' },
        { id: 'e2', source: 'grant', sourceHandle: 'out', target: 'tier' },
        { id: 'e3', source: 'tier', sourceHandle: 'upgraded', target: 'badge' },
        { id: 'e4', source: 'tier', sourceHandle: 'same', target: 'check' },
        { id: 'e5', source: 'badge', sourceHandle: 'out', target: 'check' },
        { id: 'e6', source: 'check', sourceHandle: 'true', target: 'end-yes' },
        { id: 'e7', source: 'check', sourceHandle: 'false', target: 'end-no' },
      ],
      settings: { reentry: 'every' as const, exitOn: [], goal: null },
    };
    const journey = await publish(bench, audience.workspaceId, graph);
    const first = await runOnce(bench, audience, journey);
    expect(await portsOf(bench.db, first.enrollmentId)).toMatchObject({
      tier: 'upgraded',
      badge: 'out',
      check: 'true',
    });
    // Already silver: the tier stays, and the branch still sees tier and badge.
    const second = await runOnce(bench, audience, journey);
    expect(await portsOf(bench.db, second.enrollmentId)).toMatchObject({ tier: 'same', check: 'true' });
    const events = await bench.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', audience.customerId)
      .orderBy('name')
      .execute();
    expect(events).toEqual([
      { name: 'badge_awarded', properties: expect.objectContaining({ badgeKey: 'first-silver' }) as unknown },
      {
        name: 'tier_changed',
        properties: expect.objectContaining({ from: null, to: 'silver', direction: 'upgrade' }) as unknown,
      },
    ]);
    const lots = await bench.db
      .selectFrom('pointsLedger')
      .select(['delta', 'expiresAt'])
      .where('customerId', '=', audience.customerId)
      .execute();
    expect(lots).toHaveLength(2);
    for (const lot of lots) expect(lot.expiresAt).not.toBeNull();
  });
});
