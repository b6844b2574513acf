// Shared set-up of the broadcast tests: a segment of N customers inserted in bulk (memberships
// written directly, not through the segment rules), a live journey with a broadcast trigger whose
// first step is a long wait (so the journey workflows stay cheap), and the real server and worker.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sql } from 'kysely';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createApiKey, createWorkspace, type Db } from '@wayfarer/db';
import type { SendServices } from '@wayfarer/delivery';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { createServer, type WayfarerServer } from '@wayfarer/server';
import { createBroadcastActivities, startJourneyWorker } from '@wayfarer/worker';
import { JOURNEY_WORKFLOW, maintenanceTaskQueue, type BroadcastActivities } from '@wayfarer/workflows';
import { apiClient, type ApiClient } from '../../support/stack';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows } from '../../support/temporal';
import { publishGraph } from '../../support/publish-graph';

/** broadcast trigger on `segmentId` → wait 30 days → end. */
export function broadcastJourney(segmentId: string, settings: JourneyGraphInput['settings'] = {}): JourneyGraphInput {
  return {
    nodes: [
      { id: 'broadcast', type: 'core.trigger.broadcast', data: { config: { segmentId } } },
      {
        id: 'wait',
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: 30, unit: 'days' } } },
      },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
    settings,
  };
}

/** A segment with `count` new customers of the workspace as members: two bulk inserts. */
export async function seedSegment(db: Db, workspaceId: string, count: number, name = 'Everyone'): Promise<string> {
  const segment = await db
    .insertInto('segments')
    .values({ workspaceId, name, rule: JSON.stringify({ kind: 'all' }), updatedAt: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prefix = randomUUID().slice(0, 8);
  await sql`
    with created as (
      insert into customers (workspace_id, external_id)
      select ${workspaceId}::uuid, ${prefix} || '-' || n from generate_series(1, ${count}::int) as n
      returning id
    )
    insert into segment_memberships (segment_id, customer_id, workspace_id)
    select ${segment.id}::uuid, id, ${workspaceId}::uuid from created`.execute(db);
  return segment.id;
}

export interface BroadcastFixture {
  database: TestDatabase;
  server: WayfarerServer;
  api: ApiClient;
  workspaceId: string;
  taskQueue: string;
  /** Publishes a live journey from `graph`; returns its id. */
  publish(graph: JourneyGraphInput): Promise<string>;
  /**
   * Starts the journey worker in this process (workflows + activities, broadcasts included), as
   * production wires it; with `send`, real channels deliver (and broadcasts multicast).
   */
  startWorker(options?: { send?: SendServices }): Promise<{ stop(): Promise<void> }>;
  /**
   * A worker running broadcasts only, with `activities` (see {@link broadcastOnlyActivities}).
   */
  startBroadcastOnlyWorker(activities: BroadcastActivities): Promise<{ stop(): Promise<void> }>;
  close(): Promise<void>;
}

/** Database, HTTP server and a workspace on `env`; the worker is started by the test when it wants one. */
export async function createBroadcastFixture(label: string, env: TestWorkflowEnvironment): Promise<BroadcastFixture> {
  const [database, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase(label),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const { db } = database;
  const taskQueue = `broadcasts-${randomUUID()}`;
  const server = createServer({ db, temporal: env.client, registry: runtimes.nodes, taskQueue });
  const url = await server.start({ port: 0, host: '127.0.0.1' });
  const workspace = await createWorkspace(db, label);
  const { key } = await createApiKey(db, { workspaceId: workspace.id, name: 'test', scope: 'full' });
  return {
    database,
    server,
    api: apiClient({ url }, key),
    workspaceId: workspace.id,
    taskQueue,
    async publish(graph) {
      return (await publishGraph(db, runtimes.nodes, { workspaceId: workspace.id, name: 'Broadcast', graph }))
        .journeyId;
    },
    startWorker: (options = {}) =>
      startJourneyWorker({
        db,
        connection: env.nativeConnection,
        namespace: env.namespace ?? 'default',
        taskQueue,
        runtimes,
        workflowBundle,
        ...(options.send === undefined ? {} : { send: options.send }),
      }),
    async startBroadcastOnlyWorker(activities) {
      const worker = await Worker.create({
        connection: env.nativeConnection,
        namespace: env.namespace ?? 'default',
        // Where the server starts broadcasts: beside the journey queue.
        taskQueue: maintenanceTaskQueue(taskQueue),
        workflowBundle,
        activities,
      });
      const running = worker.run();
      return {
        stop: async () => {
          worker.shutdown();
          await running;
        },
      };
    },
    close: async () => {
      await server.stop();
      await database.drop();
    },
  };
}

/**
 * The real broadcast activities, starting journey workflows on `journeyTaskQueue` where no worker
 * polls: a test of thousands of starts then does not also run thousands of journeys.
 */
export function broadcastOnlyActivities(
  fixture: Pick<BroadcastFixture, 'database'>,
  temporal: Client,
  journeyTaskQueue: string,
): BroadcastActivities {
  return createBroadcastActivities({ db: fixture.database.db, temporal, taskQueue: journeyTaskQueue });
}

/** Enrollments of the journey, and how many distinct customers they belong to. */
export async function countEnrollments(db: Db, journeyId: string): Promise<{ rows: number; customers: number }> {
  const row = await db
    .selectFrom('enrollments')
    .select((eb) => [eb.fn.countAll<number>().as('rows'), eb.fn.count<number>('customerId').distinct().as('customers')])
    .where('journeyId', '=', journeyId)
    .executeTakeFirstOrThrow();
  return { rows: Number(row.rows), customers: Number(row.customers) };
}

/** Journey workflows Temporal holds on the task queue (visibility; eventually consistent). */
export async function countJourneyWorkflows(env: TestWorkflowEnvironment, taskQueue: string): Promise<number> {
  const { count } = await env.client.workflow.count(
    `WorkflowType = '${JOURNEY_WORKFLOW}' AND TaskQueue = '${taskQueue}'`,
  );
  return count;
}
