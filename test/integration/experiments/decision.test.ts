// The winner decision on recorded assignments: customers with known conversion rates are written as
// assignments and events, the workspace's real Schedule is triggered, and the decision is recorded
// (when, why, in the audit log) once. New customers then follow the winner; a customer who already
// had a variant keeps it when they come back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExperiment, type Db } from '@wayfarer/db';
import { ensureExperimentDecisionsSchedule } from '@wayfarer/routing';
import { experimentDecisionsScheduleId, type ExperimentDecisionsSummary } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { around, portsAt, startExperimentBench, type ExperimentBench, type Published } from './support';

const graph = around(
  'core.experiment',
  {
    variants: [
      { label: 'Plain', percent: 50 },
      { label: 'Free gift', percent: 50 },
    ],
    metric: { kind: 'event', event: 'purchase', withinDays: 7 },
    autoWinner: { enabled: true, minimumPerVariant: 1000 },
  },
  ['variant_1', 'variant_2'],
);

/**
 * Writes `count` customers assigned to `arm` a day ago, of whom `converted` bought within the
 * window and a few more bought only after it (which must not count).
 */
async function recordArm(bench: ExperimentBench, journey: Published, arm: number, count: number, converted: number) {
  const customers = await bench.customers(count);
  const assignedAt = new Date(Date.now() - 86_400_000);
  await bench.db
    .insertInto('experimentAssignments')
    .values(
      customers.map((customerId) => ({
        workspaceId: bench.workspaceId,
        journeyId: journey.journeyId,
        stepId: 'step',
        customerId,
        arm,
        source: 'random' as const,
        withheld: null,
        enrollmentId: null,
        assignedAt,
      })),
    )
    .execute();
  const purchase = (customerId: string, at: Date) => ({
    workspaceId: bench.workspaceId,
    customerId,
    messageId: randomUUID(),
    kind: 'track' as const,
    name: 'purchase',
    properties: JSON.stringify({}),
    timestamp: at,
  });
  const inWindow = customers.slice(0, converted).map((id) => purchase(id, new Date(assignedAt.getTime() + 3_600_000)));
  const late = customers
    .slice(converted, converted + 50)
    .map((id) => purchase(id, new Date(assignedAt.getTime() + 8 * 86_400_000)));
  await bench.db
    .insertInto('events')
    .values([...inWindow, ...late])
    .execute();
  return customers;
}

async function runSchedule(bench: ExperimentBench): Promise<ExperimentDecisionsSummary> {
  const schedule = bench.env.client.schedule.getHandle(experimentDecisionsScheduleId(bench.workspaceId));
  const before = (await schedule.describe()).info.recentActions.length;
  await schedule.trigger();
  const action = await eventually(async () => {
    const recent = (await schedule.describe()).info.recentActions;
    return recent.length > before ? recent.at(-1) : undefined;
  });
  return bench.env.client.workflow.getHandle(action.action.workflow.workflowId).result();
}

async function auditEntries(db: Db, journeyId: string) {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('entityId', '=', journeyId)
    .where('action', '=', 'experiments.winner')
    .execute();
}

describe('experiment winner decisions (recorded assignments, real Schedule and worker)', () => {
  let bench: ExperimentBench;
  let worker: { stop(): Promise<void> };

  beforeAll(async () => {
    bench = await startExperimentBench('experiment_decision');
    worker = await bench.startWorker();
    await ensureExperimentDecisionsSchedule(bench.env.client, {
      workspaceId: bench.workspaceId,
      taskQueue: bench.taskQueue,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await bench?.close();
  });

  it('waits below the minimum sample and without a clear difference, saying why', async () => {
    const journey = await bench.publish({ ...graph, name: 'Too early' });
    await recordArm(bench, journey, 0, 600, 60);
    await recordArm(bench, journey, 1, 1_200, 120);
    const early = await bench.publish({ ...graph, name: 'No difference' });
    await recordArm(bench, early, 0, 1_500, 150);
    await recordArm(bench, early, 1, 1_500, 155);

    const summary = await runSchedule(bench);
    expect(summary.decided).toBe(0);
    const short = await findExperiment(bench.db, journey.journeyId, 'step');
    expect(short?.winnerArm).toBeNull();
    expect(short?.lastCheck).toMatchObject({ outcome: 'wait', reason: 'minimum_sample', short: ['Plain'] });
    const same = await findExperiment(bench.db, early.journeyId, 'step');
    expect(same?.lastCheck).toMatchObject({
      outcome: 'wait',
      reason: 'no_clear_winner',
      arms: [
        { label: 'Plain', entered: 1_500, converted: 150 },
        { label: 'Free gift', entered: 1_500, converted: 155 },
      ],
    });
    expect(await auditEntries(bench.db, journey.journeyId)).toEqual([]);
  });

  it('records the better variant once, audits it, and sends new customers down it', async () => {
    const journey = await bench.publish({ ...graph, name: 'Clear winner' });
    const plain = await recordArm(bench, journey, 0, 2_000, 200);
    await recordArm(bench, journey, 1, 2_000, 300);

    await runSchedule(bench);
    const decided = await findExperiment(bench.db, journey.journeyId, 'step');
    expect(decided).toMatchObject({ winnerArm: 1, decidedBy: 'schedule' });
    expect(decided?.decision).toMatchObject({
      outcome: 'winner',
      method: 'msprt',
      winnerLabel: 'Free gift',
      arms: [
        { label: 'Plain', entered: 2_000, converted: 200 },
        { label: 'Free gift', entered: 2_000, converted: 300 },
      ],
    });
    const [comparison] = (decided?.decision['comparisons'] ?? []) as { against: string; low: number }[];
    expect(comparison?.against).toBe('Plain');
    expect(comparison?.low).toBeGreaterThan(0);
    const [entry, ...more] = await auditEntries(bench.db, journey.journeyId);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorType: 'system', actorId: 'experiment-decisions', entityType: 'journey' });
    expect(entry?.diff).toMatchObject({ changes: { winner: { before: null, after: 'Free gift' } } });

    // A second run finds it decided: no new decision, no second audit entry.
    await runSchedule(bench);
    expect(await auditEntries(bench.db, journey.journeyId)).toHaveLength(1);

    const newcomers = await bench.customers(20);
    const returning = plain.slice(0, 5);
    const entries = await Promise.all([...newcomers, ...returning].map((id) => bench.enter(journey, id)));
    await bench.finished(entries.map((entry) => entry.id));
    const ports = await portsAt(
      bench.db,
      'step',
      entries.map((entry) => entry.id),
    );
    expect(entries.slice(0, 20).map((entry) => ports.get(entry.id))).toEqual(newcomers.map(() => 'variant_2'));
    expect(entries.slice(20).map((entry) => ports.get(entry.id))).toEqual(returning.map(() => 'variant_1'));
    const sources = await bench.db
      .selectFrom('experimentAssignments')
      .select(['customerId', 'source'])
      .where('journeyId', '=', journey.journeyId)
      .where('customerId', 'in', newcomers)
      .execute();
    expect(sources.map((row) => row.source)).toEqual(newcomers.map(() => 'winner'));
  });
});
