import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcast, findBroadcast, getJourney } from '@wayfarer/db';
import { createBroadcastActivities } from '@wayfarer/worker';
import {
  BROADCAST_WORKFLOW,
  broadcastWorkflowId,
  maintenanceTaskQueue,
  type BroadcastActivities,
  type BroadcastWorkflow,
} from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { killProcess, spawnWorkerProcess } from '../exactly-once/support';
import {
  broadcastJourney,
  countEnrollments,
  countJourneyWorkflows,
  createBroadcastFixture,
  seedSegment,
  type BroadcastFixture,
} from './support';

/** The real client, except that one journey start (the `failAt`-th) fails as a crash would. */
function crashingOnce(temporal: Client, failAt: number): Client {
  let starts = 0;
  const workflow = new Proxy(temporal.workflow, {
    get(target, property, receiver) {
      if (property !== 'start') return Reflect.get(target, property, receiver) as unknown;
      return async (...args: Parameters<Client['workflow']['start']>) => {
        starts++;
        if (starts === failAt) throw new Error('simulated crash in the middle of a batch');
        return target.start(...args);
      };
    },
  });
  return new Proxy(temporal, {
    get: (target, property, receiver) =>
      property === 'workflow' ? workflow : (Reflect.get(target, property, receiver) as unknown),
  });
}

describe('broadcast recovery (real Postgres + Temporal dev server)', () => {
  let env: TestWorkflowEnvironment;
  let fixture: BroadcastFixture;

  beforeAll(async () => {
    env = await createDevServerEnv();
    fixture = await createBroadcastFixture('broadcast_recovery', env);
  });
  afterAll(async () => {
    await fixture?.close();
    await env?.teardown();
  });

  it('batches retried mid-batch and after commit, across continue-as-new, start nobody twice', async () => {
    const { db } = fixture.database;
    const segmentId = await seedSegment(db, fixture.workspaceId, 300);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const journey = await getJourney(db, fixture.workspaceId, journeyId);
    const journeyQueue = `recovery-journeys-${randomUUID()}`;
    const real = createBroadcastActivities({ db, temporal: crashingOnce(env.client, 70), taskQueue: journeyQueue });
    const committedOnce = new Set<string | null>();
    const activities: BroadcastActivities = {
      ...real,
      // Every batch commits, then its first try "crashes" before the workflow hears back.
      enrollBroadcastBatch: async (input) => {
        const result = await real.enrollBroadcastBatch(input);
        if (!committedOnce.has(input.cursor)) {
          committedOnce.add(input.cursor);
          throw new Error('simulated crash after the batch committed');
        }
        return result;
      },
    };
    const worker = await fixture.startBroadcastOnlyWorker(activities);
    try {
      const broadcast = await createBroadcast(db, {
        workspaceId: fixture.workspaceId,
        journeyId,
        journeyVersionId: journey.liveVersionId ?? '',
        segmentId,
        scheduledAt: new Date(),
        ratePerSecond: 1_000,
        batchSize: 50,
      });
      const handle = await env.client.workflow.start<BroadcastWorkflow>(BROADCAST_WORKFLOW, {
        taskQueue: maintenanceTaskQueue(fixture.taskQueue),
        workflowId: broadcastWorkflowId(broadcast.id),
        args: [{ broadcastId: broadcast.id, scheduledAt: new Date().toISOString(), batchesPerRun: 2 }],
      });
      const progress = await handle.result();
      expect(progress).toMatchObject({ status: 'completed', total: 300, enrolled: 300, skipped: 0 });
      // Two batches a run: the broadcast went on in later runs of the same workflow id.
      expect((await env.client.workflow.getHandle(handle.workflowId).describe()).runId).not.toBe(
        handle.firstExecutionRunId,
      );
      // 6 full batches and the empty last one, each tried twice; the crash mid-batch added one more try.
      expect(committedOnce.size).toBe(7);
      expect(await countEnrollments(db, journeyId)).toEqual({ rows: 300, customers: 300 });
      await eventually(async () => ((await countJourneyWorkflows(env, journeyQueue)) === 300 ? true : undefined));
    } finally {
      await worker.stop();
    }
  });

  it('a worker process killed mid-broadcast and restarted enters everyone exactly once', async () => {
    const { db } = fixture.database;
    const members = 400;
    const segmentId = await seedSegment(db, fixture.workspaceId, members);
    const journeyId = await fixture.publish(broadcastJourney(segmentId));
    const { codePath: bundlePath } = await bundleJourneyWorkflows();
    const spawnWorker = () =>
      spawnWorkerProcess({ databaseUrl: fixture.database.url, env, taskQueue: fixture.taskQueue, bundlePath });

    // The production worker (apps/worker/src/main.ts) runs the broadcast and the journeys it starts.
    const first = spawnWorker();
    const started = await fixture.api.broadcasts.start.mutate({ journeyId, ratePerSecond: 100 });
    // Kill it in the middle of its second batch (of 100): entered, but not yet recorded.
    await eventually(async () => {
      const row = await findBroadcast(db, started.id);
      const unrecorded = (await countEnrollments(db, journeyId)).rows - (row?.enrolled ?? 0);
      return row && row.enrolled >= 100 && unrecorded >= 10 && unrecorded <= 60 ? true : undefined;
    });
    await killProcess(first, 'SIGKILL');
    const atKill = await findBroadcast(db, started.id);
    expect(atKill?.status).toBe('running');
    expect((await countEnrollments(db, journeyId)).rows).toBeGreaterThan(atKill?.enrolled ?? 0);

    const second = spawnWorker();
    try {
      const final = await env.client.workflow.getHandle<BroadcastWorkflow>(broadcastWorkflowId(started.id)).result();
      expect(final).toMatchObject({ status: 'completed', total: members, enrolled: members, skipped: 0 });
    } finally {
      await killProcess(second, 'SIGTERM');
    }
    expect(await countEnrollments(db, journeyId)).toEqual({ rows: members, customers: members });
    await eventually(async () =>
      (await countJourneyWorkflows(env, fixture.taskQueue)) === members ? true : undefined,
    );
  });
});
