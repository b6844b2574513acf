import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { createBadge } from '@wayfarer/loyalty';
import { eventually } from '../../support/eventually';
import { createAudience, portsOf, publish, runOnce, startBench, type Bench } from './support';

const day = { amount: 1, unit: 'days' };
const checkIn = (id: string) => ({ id, type: 'core.streak.check-in', data: { config: { milestones: [3] } } });
const edge = (source: string, port: string, target: string) => ({
  id: `${source}.${port}`,
  source,
  sourceHandle: port,
  target,
});

/**
 * One member's check-ins over three days, on workflow timers: day 1, day 2 twice (the second counts
 * nothing), day 3, which reaches the 3-day milestone. The days are the customer's (Taipei).
 */
const threeDays: JourneyGraphInput = {
  name: 'three days',
  nodes: [
    { id: 'trigger', type: 'core.trigger.api', data: { config: {} } },
    checkIn('day1'),
    { id: 'wait1', type: 'core.wait', data: { config: { mode: 'duration', duration: day } } },
    checkIn('day2'),
    checkIn('day2-again'),
    { id: 'wait2', type: 'core.wait', data: { config: { mode: 'duration', duration: day } } },
    checkIn('day3'),
    { id: 'end', type: 'core.end' },
    { id: 'end-unexpected', type: 'core.end' },
  ],
  edges: [
    edge('trigger', 'out', 'day1'),
    edge('day1', 'counted', 'wait1'),
    edge('wait1', 'out', 'day2'),
    edge('day2', 'counted', 'day2-again'),
    edge('day2-again', 'already_today', 'wait2'),
    edge('day2-again', 'counted', 'end-unexpected'),
    edge('wait2', 'out', 'day3'),
    edge('day3', 'counted', 'end'),
  ],
  settings: { reentry: 'every', exitOn: [], goal: null },
};

/** Started by the milestone event the check-in step stores: awards the streak badge. */
const celebrate: JourneyGraphInput = {
  name: 'celebrate',
  nodes: [
    {
      id: 'reached',
      type: 'core.trigger.event',
      data: { config: { event: 'streak_reached', where: [{ path: 'days', op: 'eq', value: 3 }] } },
    },
    { id: 'badge', type: 'core.badge.award', data: { config: { badgeKey: 'streak-3' } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [edge('reached', 'out', 'badge'), edge('badge', 'out', 'end')],
  settings: { reentry: 'once', exitOn: [], goal: null },
};

describe('check-in streaks on the real worker, Postgres and time-skipping Temporal', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench('check-in-streak');
  });
  afterAll(async () => bench?.close());

  it('counts one check-in a day and reaches the milestone on day 3, which starts a journey', async () => {
    const audience = await createAudience(bench.db, 'Asia/Taipei');
    await createBadge(bench.db, audience.workspaceId, { key: 'streak-3', name: '3-day streak' });
    await publish(bench, audience.workspaceId, celebrate);
    const journey = await publish(bench, audience.workspaceId, threeDays);

    const { summary, enrollmentId } = await runOnce(bench, audience, journey);
    expect(summary).toMatchObject({ outcome: 'completed' });
    expect(await portsOf(bench.db, enrollmentId)).toMatchObject({
      day1: 'counted',
      day2: 'counted',
      'day2-again': 'already_today',
      day3: 'counted',
    });
    const outputs = await bench.db
      .selectFrom('stepRuns')
      .select(['stepId', 'output'])
      .where('enrollmentId', '=', enrollmentId)
      .execute();
    const current = Object.fromEntries(outputs.map((row) => [row.stepId, row.output.current]));
    expect(current).toMatchObject({ day1: 1, day2: 2, 'day2-again': 2, day3: 3 });

    const events = await bench.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', audience.customerId)
      .where('name', 'like', 'streak_%')
      .execute();
    expect(events).toEqual([
      { name: 'streak_reached', properties: expect.objectContaining({ streakKey: 'daily', days: 3 }) as unknown },
    ]);
    // The milestone event was routed after the step committed: the celebration awarded the badge.
    const badge = await eventually(() =>
      bench.db
        .selectFrom('badgeAwards')
        .innerJoin('badges', 'badges.id', 'badgeAwards.badgeId')
        .select('badges.key')
        .where('badgeAwards.customerId', '=', audience.customerId)
        .executeTakeFirst(),
    );
    expect(badge.key).toBe('streak-3');
  });
});
