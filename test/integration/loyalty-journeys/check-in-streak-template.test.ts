// The "daily check-in streak" template (連續簽到) end to end on the real worker, Postgres and the
// time-skipping server: check-ins arrive as stored + routed events (what ingest does) on seven
// consecutive local days, the 7th reaches the milestone, which enters the template's celebration
// (bonus points, badge, message) exactly once; a missed day then breaks the streak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent } from '@wayfarer/db';
import { journeyGraphSchema } from '@wayfarer/journey';
import { createBadge } from '@wayfarer/loyalty';
import { routeEvent } from '@wayfarer/routing';
import { getTemplate } from '@wayfarer/templates';
import { STATE_QUERY, type JourneyState } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createAudience, publish, startBench, type Audience, type Bench } from './support';

const HOUR_MS = 3_600_000;

/**
 * A fixed-offset zone where it is now about 14:00, so check-ins 23 hours apart fall on consecutive
 * local days for the whole test wherever the clock stands (Etc/GMT signs are inverted: GMT-8 = UTC+8).
 */
function afternoonZone(now: Date): string {
  let offset = 14 - now.getUTCHours();
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

describe('the daily check-in streak template on Temporal', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench('check-in-template');
  });
  afterAll(async () => bench?.close());

  /** Stores a check_in as ingest does and routes it; returns the workflow id of the entry it caused. */
  async function checkIn(audience: Audience, day: number): Promise<string> {
    const { event } = await insertEvent(bench.db, {
      workspaceId: audience.workspaceId,
      customerId: audience.customerId,
      messageId: `check-in-${audience.customerId}-${day}`,
      kind: 'track',
      name: 'check_in',
      properties: {},
      timestamp: new Date(await bench.env.currentTimeMs()),
    });
    await routeEvent(bench.routing, event);
    const enrollment = await bench.db
      .selectFrom('enrollments')
      .select('workflowId')
      .where('entryEventId', '=', event.id)
      .executeTakeFirstOrThrow();
    return enrollment.workflowId;
  }

  /** Resolves once the enrollment is parked on its timer, waiting for the next check-in. */
  function parkedOnWait(workflowId: string) {
    const handle = bench.env.client.workflow.getHandle(workflowId);
    return eventually(async () => {
      const state = await handle.query<JourneyState>(STATE_QUERY);
      return state.currentStepId === 'wait-next-check-in' && state.status === 'waiting' ? state : undefined;
    });
  }

  async function outputOf(workflowId: string, stepId: string) {
    const row = await bench.db
      .selectFrom('stepRuns')
      .innerJoin('enrollments', 'enrollments.id', 'stepRuns.enrollmentId')
      .select('stepRuns.output')
      .where('enrollments.workflowId', '=', workflowId)
      .where('stepRuns.stepId', '=', stepId)
      .executeTakeFirstOrThrow();
    return row.output;
  }

  const eventsNamed = (audience: Audience, name: string) =>
    bench.db
      .selectFrom('events')
      .select(['name', 'properties'])
      .where('customerId', '=', audience.customerId)
      .where('name', '=', name)
      .execute();

  it('rewards seven days in a row once, and a missed day breaks the streak', async () => {
    const audience = await createAudience(bench.db, afternoonZone(new Date(await bench.env.currentTimeMs())));
    await createBadge(bench.db, audience.workspaceId, { key: 'streak-7', name: '7-day streak' });
    const template = getTemplate('daily-check-in-streak');
    if (!template) throw new Error('the daily check-in streak template is missing');
    await publish(bench, audience.workspaceId, journeyGraphSchema.parse(template.graph('en')));

    const runs: string[] = [];
    for (let day = 1; day <= 7; day += 1) {
      runs.push(await checkIn(audience, day));
      await parkedOnWait(runs[day - 1] ?? '');
      // Only while the enrollment is blocked on its one-day timer: 23 hours pass, the next local day.
      if (day < 7) await bench.env.sleep(23 * HOUR_MS);
    }
    const streaks = await Promise.all(runs.map((workflowId) => outputOf(workflowId, 'checkin')));
    expect(streaks.map((output) => output.current)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Each day's check-in answered the previous day's wait: nobody was nudged.
    for (const workflowId of runs.slice(0, -1)) {
      expect(await bench.env.client.workflow.getHandle(workflowId).result()).toMatchObject({
        outcome: 'completed',
        path: expect.arrayContaining(['end-checked-in']) as unknown,
      });
    }

    // The milestone event entered the celebration: bonus, badge and message, once.
    const bonus = await eventually(async () => {
      const rows = await bench.db
        .selectFrom('pointsLedger')
        .select(['delta', 'reason'])
        .where('customerId', '=', audience.customerId)
        .where('delta', '=', 100)
        .execute();
      return rows.length > 0 ? rows : undefined;
    });
    expect(bonus).toEqual([{ delta: 100, reason: '7-day check-in streak bonus' }]);
    const badges = await eventually(async () => {
      const rows = await bench.db
        .selectFrom('badgeAwards')
        .innerJoin('badges', 'badges.id', 'badgeAwards.badgeId')
        .select('badges.key')
        .where('badgeAwards.customerId', '=', audience.customerId)
        .execute();
      return rows.length > 0 ? rows : undefined;
    });
    expect(badges).toEqual([{ key: 'streak-7' }]);
    expect(await eventsNamed(audience, 'streak_reached')).toEqual([
      { name: 'streak_reached', properties: expect.objectContaining({ streakKey: 'daily', days: 7 }) as unknown },
    ]);

    // Day 8 passes without a check-in: the day-7 wait times out and nudges; day 9 starts over.
    await bench.env.sleep(47 * HOUR_MS);
    expect(await bench.env.client.workflow.getHandle(runs[6] ?? '').result()).toMatchObject({
      path: expect.arrayContaining(['send-nudge', 'end-nudged']) as unknown,
    });
    const dayNine = await checkIn(audience, 9);
    await parkedOnWait(dayNine);
    expect(await outputOf(dayNine, 'checkin')).toMatchObject({ current: 1, longest: 7 });
    expect(await eventsNamed(audience, 'streak_broken')).toEqual([
      { name: 'streak_broken', properties: expect.objectContaining({ streakKey: 'daily', length: 7 }) as unknown },
    ]);
    // Still one milestone, one bonus, one badge; 10 points for each of the 8 counted days.
    expect(await eventsNamed(audience, 'streak_reached')).toHaveLength(1);
    const ledger = await bench.db
      .selectFrom('pointsLedger')
      .select(['delta'])
      .where('customerId', '=', audience.customerId)
      .execute();
    expect(ledger.map((row) => row.delta).sort((a, b) => a - b)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 100]);
  });
});
