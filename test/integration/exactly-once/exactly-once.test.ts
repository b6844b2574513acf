import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRuntimeRegistry } from '@wayfarer/config';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createJourneyActivities } from '@wayfarer/worker';
import { JOURNEY_WORKFLOW, type JourneyActivities, type JourneyWorkflow } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { eventually } from '../../support/eventually';
import { enrolInPublishedJourney, killProcess, sendWaitRewardJourney, spawnWorkerProcess } from './support';

describe('exactly once on a real Temporal server and Postgres', () => {
  let database: TestDatabase;
  let env: TestWorkflowEnvironment;
  let runtimes: RuntimeRegistry;
  let bundlePath: string;

  beforeAll(async () => {
    [database, env, runtimes, { codePath: bundlePath }] = await Promise.all([
      createTestDatabase('exactly_once'),
      createDevServerEnv(),
      loadRuntimeRegistry(),
      bundleJourneyWorkflows(),
    ]);
  });
  afterAll(async () => {
    await env?.teardown();
    await database?.drop();
  });

  const rowsFor = async (customerId: string) => ({
    messages: await database.db.selectFrom('messages').select('body').where('customerId', '=', customerId).execute(),
    ledger: await database.db.selectFrom('pointsLedger').select('delta').where('customerId', '=', customerId).execute(),
  });

  it('an activity that commits and then crashes is retried and leaves one row', async () => {
    const real = createJourneyActivities({ db: database.db, runtimes });
    const crashes: string[] = [];
    const crashing: JourneyActivities = {
      ...real,
      runStep: async (input) => {
        const result = await real.runStep(input);
        if (!crashes.includes(input.stepId)) {
          crashes.push(input.stepId);
          throw new Error(`simulated crash after commit of ${input.stepId}`);
        }
        return result;
      },
    };
    const taskQueue = `crash-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: bundlePath },
      activities: crashing,
    });
    const { workflowId, input } = await enrolInPublishedJourney(
      database.db,
      runtimes.nodes,
      sendWaitRewardJourney(1),
      'crash-after-commit',
    );
    const summary = await worker.runUntil(
      env.client.workflow.execute<JourneyWorkflow>(JOURNEY_WORKFLOW, {
        taskQueue,
        workflowId,
        args: [input],
        retry: { maximumAttempts: 1 },
      }),
    );
    expect(summary.outcome).toBe('completed');
    expect(crashes).toEqual(['send', 'reward']);
    const rows = await rowsFor(input.customerId);
    expect(rows.messages).toEqual([{ body: 'Welcome crash-after-commit' }]);
    expect(rows.ledger).toEqual([{ delta: 100 }]);
  });

  it('a worker process killed mid-journey and restarted finishes it without duplicates', async () => {
    const taskQueue = `kill-${randomUUID()}`;
    const { workflowId, input } = await enrolInPublishedJourney(
      database.db,
      runtimes.nodes,
      sendWaitRewardJourney(3),
      'killed-worker',
    );
    const first = spawnWorkerProcess({ databaseUrl: database.url, env, taskQueue, bundlePath });
    const handle = await env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue,
      workflowId,
      args: [input],
    });
    // The message row is committed: the journey is now between the send and the reward.
    await eventually(async () => ((await rowsFor(input.customerId)).messages.length > 0 ? true : undefined));
    await killProcess(first, 'SIGKILL');
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect((await rowsFor(input.customerId)).ledger).toEqual([]);

    const second = spawnWorkerProcess({ databaseUrl: database.url, env, taskQueue, bundlePath });
    try {
      const summary = await handle.result();
      expect(summary.outcome).toBe('completed');
    } finally {
      await killProcess(second, 'SIGTERM');
    }
    const rows = await rowsFor(input.customerId);
    expect(rows.messages).toHaveLength(1);
    expect(rows.ledger).toEqual([{ delta: 100 }]);
    const enrollment = await database.db
      .selectFrom('enrollments')
      .select('status')
      .where('id', '=', input.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(enrollment.status).toBe('completed');
  });
});
