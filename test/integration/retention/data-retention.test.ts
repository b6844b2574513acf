// The daily retention run on real Postgres, the Temporal dev server (Schedules) and a worker with
// the real activities: expired rows go in batches, rows a running enrollment needs stay, journey
// analytics read the same before and after, and an attempt killed mid-way is resumed by its retry
// without deleting or counting anything twice.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import {
  listRetentionRuns,
  loadChannelTotals,
  loadEnrollmentTotals,
  loadStepCounts,
  loadStepOutcomes,
  type Db,
  type StatsRange,
} from '@wayfarer/db';
import type { NodeRegistry } from '@wayfarer/nodes';
import { createMetricsRegistry } from '@wayfarer/telemetry';
import { createDataRetentionActivities, createWorkerMetrics, ensureDataRetentionSchedules } from '@wayfarer/worker';
import {
  DATA_RETENTION_WORKFLOW,
  dataRetentionScheduleId,
  maintenanceTaskQueue,
  type DataRetentionSummary,
} from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { daysAgo, expired, seedHistory, type Seeded } from './seed';

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/** Every number the journey reports show, as plain data (open window, whole days, the last days). */
async function analytics(db: Db, seeded: Seeded) {
  const version = { workspaceId: seeded.workspaceId, journeyId: seeded.journeyId, versionId: seeded.versionId };
  const ranges: StatsRange[] = [
    {},
    { from: utcDay(daysAgo(600)), to: utcDay(daysAgo(-1)) },
    { from: utcDay(daysAgo(485)), to: utcDay(daysAgo(10)) },
    { from: daysAgo(30) },
  ];
  return Promise.all(
    ranges.map(async (range) => ({
      steps: [...(await loadStepCounts(db, version, range)).values()].sort((a, b) => a.stepId.localeCompare(b.stepId)),
      outcomes: Object.fromEntries(await loadStepOutcomes(db, version, range)),
      channels: await loadChannelTotals(db, version, range),
      enrollments: await loadEnrollmentTotals(db, version, range),
    })),
  );
}

async function counts(db: Db, workspaceId: string) {
  const count = async (table: 'events' | 'stepEvents' | 'messages') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspaceId', '=', workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { events: await count('events'), stepEvents: await count('stepEvents'), messages: await count('messages') };
}

describe('data retention (Postgres + Temporal dev server + worker)', () => {
  let database: TestDatabase;
  let db: Db;
  let env: TestWorkflowEnvironment;
  let registry: NodeRegistry;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `retention-${randomUUID()}`;
  /** Batches committed, by attempt; `killAfter` fails the first attempt after that many batches. */
  const batches: { attempt: number; deleted: number; table: string }[] = [];
  let killAfter: number | null = null;
  const metricsRegistry = createMetricsRegistry('retention-test');

  beforeAll(async () => {
    const [testDatabase, devServer, runtimes, workflowBundle] = await Promise.all([
      createTestDatabase('data_retention'),
      createDevServerEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
    database = testDatabase;
    db = testDatabase.db;
    env = devServer;
    registry = runtimes.nodes;
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: maintenanceTaskQueue(taskQueue),
      workflowBundle,
      activities: createDataRetentionActivities({
        db,
        metrics: createWorkerMetrics(metricsRegistry),
        afterBatch: ({ attempt, ...batch }) => {
          batches.push({ attempt, deleted: batch.deleted, table: batch.table });
          // A worker dying after a committed batch: the attempt fails and Temporal retries it.
          if (killAfter !== null && attempt === 1 && batches.length >= killAfter) {
            killAfter = null;
            throw new Error('worker killed mid-way');
          }
        },
      }),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await database?.drop();
  });

  it('runs daily per workspace: deletes expired rows, keeps what running enrollments need, analytics unchanged', async () => {
    const seeded = await seedHistory(db, registry, 'Scheduled');
    const before = await analytics(db, seeded);
    const rowsBefore = await counts(db, seeded.workspaceId);

    expect(await ensureDataRetentionSchedules(env.client, db, taskQueue)).toBeGreaterThanOrEqual(1);
    const schedule = env.client.schedule.getHandle(dataRetentionScheduleId(seeded.workspaceId));
    const described = await schedule.describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: DATA_RETENTION_WORKFLOW });
    expect(described.spec.intervals).toMatchObject([{ every: DAY_MS }]);
    await schedule.trigger();
    const action = await eventually(async () => (await schedule.describe()).info.recentActions[0]);
    const summary: DataRetentionSummary = await env.client.workflow
      .getHandle(action.action.workflow.workflowId)
      .result();

    expect(summary.deleted).toEqual(expired);
    expect(await counts(db, seeded.workspaceId)).toEqual({
      events: rowsBefore.events - expired.events,
      stepEvents: rowsBefore.stepEvents - expired.stepEvents,
      messages: rowsBefore.messages - expired.messages,
    });
    // The running enrollment keeps its step events, its message and its entry event.
    const kept = await db
      .selectFrom('stepEvents')
      .select('stepId')
      .where('enrollmentId', '=', seeded.runningEnrollmentId)
      .execute();
    expect(kept).toHaveLength(5);
    const keptMessages = await db
      .selectFrom('messages')
      .select('id')
      .where('enrollmentId', '=', seeded.runningEnrollmentId)
      .execute();
    expect(keptMessages).toHaveLength(1);
    const entry = await db.selectFrom('events').select('id').where('id', '=', seeded.runningEntryEventId).execute();
    expect(entry).toHaveLength(1);
    // No event younger than the segment's 450-day look-back went, though the setting is 400 days.
    const oldest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.min('timestamp').as('oldest'))
      .where('workspaceId', '=', seeded.workspaceId)
      .where('id', '!=', seeded.runningEntryEventId)
      .executeTakeFirstOrThrow();
    expect(new Date(oldest.oldest).getTime()).toBeGreaterThan(daysAgo(450).getTime());

    expect(await analytics(db, seeded)).toEqual(before);
    const [run] = await listRetentionRuns(db, seeded.workspaceId);
    expect(run).toMatchObject({ deleted: expired, finishedAt: expect.any(Date) });
    const series = await metricsRegistry.getSingleMetricAsString('wayfarer_retention_deleted_rows_total');
    const counted = (table: string) => new RegExp(`_total\\{[^}]*table="${table}"[^}]*\\} (\\d+)`).exec(series)?.[1];
    expect(counted('stepEvents')).toBe(String(expired.stepEvents));
    expect(counted('events')).toBe(String(expired.events));
  });

  it('resumes a run killed mid-way: small batches, nothing deleted or counted twice', async () => {
    const seeded = await seedHistory(db, registry, 'Killed');
    const before = await analytics(db, seeded);
    const rowsBefore = await counts(db, seeded.workspaceId);
    batches.length = 0;
    killAfter = 3;
    try {
      const summary: DataRetentionSummary = await env.client.workflow.execute(DATA_RETENTION_WORKFLOW, {
        taskQueue: maintenanceTaskQueue(taskQueue),
        workflowId: `retention-killed-${randomUUID()}`,
        args: [{ workspaceId: seeded.workspaceId, batchSize: 4 }],
      });
      expect(summary.deleted).toEqual(expired);
    } finally {
      killAfter = null;
    }
    // The first attempt committed three batches of step events and died; the retry went on.
    const stepEventBatches = batches.filter((batch) => batch.table === 'stepEvents');
    expect(stepEventBatches.filter((batch) => batch.attempt === 1)).toHaveLength(3);
    expect(stepEventBatches.some((batch) => batch.attempt === 2)).toBe(true);
    // Bounded batches, and every expired row deleted exactly once across both attempts.
    const deletedByTable = (table: string) =>
      batches.filter((batch) => batch.table === table).reduce((sum, batch) => sum + batch.deleted, 0);
    expect(Math.max(...batches.map((batch) => batch.deleted))).toBeLessThanOrEqual(4);
    expect(deletedByTable('stepEvents')).toBe(expired.stepEvents);
    expect(deletedByTable('messages')).toBe(expired.messages);
    expect(deletedByTable('events')).toBe(expired.events);
    expect(await counts(db, seeded.workspaceId)).toEqual({
      events: rowsBefore.events - expired.events,
      stepEvents: rowsBefore.stepEvents - expired.stepEvents,
      messages: rowsBefore.messages - expired.messages,
    });
    expect(await analytics(db, seeded)).toEqual(before);

    // A second run finds nothing more to delete and changes no number.
    const again: DataRetentionSummary = await env.client.workflow.execute(DATA_RETENTION_WORKFLOW, {
      taskQueue: maintenanceTaskQueue(taskQueue),
      workflowId: `retention-again-${randomUUID()}`,
      args: [{ workspaceId: seeded.workspaceId }],
    });
    expect(again.deleted).toEqual({ events: 0, stepEvents: 0, messages: 0 });
    expect(await analytics(db, seeded)).toEqual(before);
  });
});
