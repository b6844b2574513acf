// Outbound limits that hold across workers: with LINE configured at 50 pushes/s, two send-worker
// processes draining a backlog of journeys' sends never push faster than that over any 10 s,
// measured where it matters, at the (local) LINE API; and both send. A third
// process runs the journeys alone (WORKER_ROLES), as a deployment with a send fleet would.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadNodeRegistry } from '@wayfarer/config';
import { enrollCustomer } from '@wayfarer/db';
import { temporal as proto } from '@temporalio/proto';
import { JOURNEY_WORKFLOW, journeyWorkflowId, sendTaskQueue, type JourneyWorkflow } from '@wayfarer/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../support/app-processes';
import { eventually } from '../../support/eventually';
import { createLineWorkspace, type LineWorkspace } from '../../support/line-workspace';
import { sampleSum, scrape } from '../../support/prometheus';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph, type PublishedGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { sendChain } from '../sending/support';

const PER_SECOND = 50;
const WINDOW_MS = 10_000;
// Enough journeys to keep LINE at its limit for longer than one window (13 s at 50/s): with fewer
// than 50 × 10 s pushes in all, no window could exceed the limit and the test could not fail.
const JOURNEYS = 660;

/** The most timestamps inside any window [t, t + ms) that starts at one of them. */
function busiestWindow(times: readonly number[], ms: number): number {
  let most = 0;
  for (let start = 0, end = 0; start < times.length; start += 1) {
    while (end < times.length && (times[end] ?? 0) < (times[start] ?? 0) + ms) end += 1;
    most = Math.max(most, end - start);
  }
  return most;
}

describe('LINE pushes at a configured rate across two workers', () => {
  const lineBacklog = async (): Promise<number> => {
    const answer = await temporal.client.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: sendTaskQueue(taskQueue, 'line') },
      taskQueueType: proto.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
      reportStats: true,
    });
    return Number(answer.stats?.approximateBacklogCount ?? 0);
  };

  let temporal: TestWorkflowEnvironment;
  let database: TestDatabase;
  let workspace: LineWorkspace;
  let journey: PublishedGraph;
  const workers: AppProcess[] = [];
  const taskQueue = `send-rate-${randomUUID()}`;
  let env: Record<string, string>;

  beforeAll(async () => {
    let bundle: { codePath: string };
    [temporal, database, bundle] = await Promise.all([
      createDevServerEnv(),
      createTestDatabase('send_rate'),
      bundleJourneyWorkflows(),
    ]);
    workspace = await createLineWorkspace(database.db, 'Burst');
    const graph = sendChain([{ id: 'push', config: { channel: 'line', name: 'Sale', body: 'Sale today' } }]);
    journey = await publishGraph(database.db, await loadNodeRegistry(), {
      workspaceId: workspace.workspaceId,
      name: 'Sale',
      graph,
    });
    env = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: bundle.codePath,
      WAYFARER_SECRET_KEY: workspace.secretKey,
      WAYFARER_OUTBOUND_ALLOW: '127.0.0.1',
      SEND_RATE_LIMITS: `line=${PER_SECOND}`,
    };
    workers.push(await startAppProcess('worker', { ...env, WORKER_ROLES: 'journeys,maintenance' }));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await workspace?.close();
    await temporal?.teardown();
    await database?.drop();
  });

  it('never exceeds 50 pushes per second over any 10 s, with both send workers sending', async () => {
    const customers = await workspace.addCustomers('burst-', JOURNEYS);
    // Start every journey at once (as a broadcast would), sixteen starts in flight.
    const queue = [...customers];
    const starters = Array.from({ length: 16 }, async () => {
      for (let customer = queue.shift(); customer !== undefined; customer = queue.shift()) {
        const workflowId = journeyWorkflowId(journey.journeyId, customer.customerId);
        const { enrollment } = await enrollCustomer(database.db, {
          workspaceId: workspace.workspaceId,
          journeyId: journey.journeyId,
          journeyVersionId: journey.versionId,
          customerId: customer.customerId,
          workflowId,
          entryStepId: 'trigger',
          entryEventId: null,
        });
        await temporal.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
          taskQueue,
          workflowId,
          args: [
            {
              irVersion: journey.ir.irVersion,
              workspaceId: workspace.workspaceId,
              journeyId: journey.journeyId,
              journeyVersionId: journey.versionId,
              customerId: customer.customerId,
              enrollmentId: enrollment.id,
              entryStepId: 'trigger',
              entryEvent: null,
            },
          ],
        });
      }
    });
    await Promise.all(starters);
    // The journeys reach their send step: a backlog on the LINE queue, which no one polls yet.
    await eventually(async () => ((await lineBacklog()) >= 0.85 * JOURNEYS ? true : undefined), 150_000);
    const senders = await Promise.all([0, 1].map(() => startAppProcess('worker', { ...env, WORKER_ROLES: 'sends' })));
    workers.push(...senders);
    // Wait until LINE has seen pushes over more than one whole window.
    const times = await eventually(async () => {
      const pushed = [...workspace.pushTimes].sort((a, b) => a - b);
      const first = pushed[0];
      return first !== undefined && (pushed.at(-1) ?? 0) - first > WINDOW_MS + 1_000 ? pushed : undefined;
    }, 120_000);

    const busiest = busiestWindow(times, WINDOW_MS);
    const firstWindow = times.filter((time) => time < (times[0] ?? 0) + WINDOW_MS).length;
    console.log(
      `LINE pushes: busiest 10 s ${busiest}, first 10 s ${firstWindow}, busiest 1 s ${busiestWindow(times, 1_000)}`,
    );
    expect(busiest).toBeLessThanOrEqual(PER_SECOND * (WINDOW_MS / 1000));
    // How close to the limit depends on the machine (the pacer alone reaches it: send-pacer.test.ts).
    // Both send workers took part.
    for (const worker of senders) {
      const sent = sampleSum(await scrape(worker.url ?? ''), 'wayfarer_sends_total', {
        channel: 'line',
        status: 'sent',
      });
      expect(sent).toBeGreaterThan(0);
    }
  });
});
