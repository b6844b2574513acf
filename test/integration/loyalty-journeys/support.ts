// A loyalty-journey test bench: Postgres, the time-skipping Temporal server and the real journey
// worker (its step activity, loyalty services and routing), plus helpers to publish a journey,
// enrol a customer and run or start the enrollment.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createVersionCache, createWorkspace, enrollCustomer, upsertCustomer, type Db } from '@wayfarer/db';
import { journeyIRSchema, type JourneyGraphInput } from '@wayfarer/journey';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import type { RoutingDeps } from '@wayfarer/routing';
import { startJourneyWorker } from '@wayfarer/worker';
import { JOURNEY_WORKFLOW, journeyWorkflowId, type JourneyWorkflow } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createTimeSkippingEnv } from '../../support/temporal';
import { publishGraph } from '../../support/publish-graph';

export interface Bench {
  database: TestDatabase;
  db: Db;
  env: TestWorkflowEnvironment;
  runtimes: RuntimeRegistry;
  taskQueue: string;
  routing: RoutingDeps;
  close(): Promise<void>;
}

export async function startBench(label: string): Promise<Bench> {
  const [database, env, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase(label),
    createTimeSkippingEnv(),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const taskQueue = `${label}-${randomUUID()}`;
  const worker = await startJourneyWorker({
    db: database.db,
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    runtimes,
    workflowBundle,
  });
  const loadVersion = createVersionCache(database.db, (ir) => journeyIRSchema.parse(ir));
  const routing: RoutingDeps = { db: database.db, temporal: env.client, taskQueue, loadVersion };
  return {
    database,
    db: database.db,
    env,
    runtimes,
    taskQueue,
    routing,
    close: async () => {
      await worker.stop();
      await env.teardown();
      await database.drop();
    },
  };
}

export interface Audience {
  workspaceId: string;
  customerId: string;
}

/** A workspace with one customer in `timezone`. */
export async function createAudience(db: Db, timezone = 'Asia/Taipei'): Promise<Audience> {
  const workspace = await createWorkspace(db, `ws-${randomUUID()}`);
  const customer = await addCustomer(db, workspace.id, timezone);
  return { workspaceId: workspace.id, customerId: customer };
}

export async function addCustomer(db: Db, workspaceId: string, timezone = 'Asia/Taipei'): Promise<string> {
  const customer = await upsertCustomer(db, {
    workspaceId,
    externalId: `member-${randomUUID()}`,
    traits: { name: 'Mei' },
    timezone,
    locale: 'en',
  });
  return customer.id;
}

/** Compiles and publishes `graph` as a live journey of the workspace. */
export async function publish(bench: Bench, workspaceId: string, graph: JourneyGraphInput) {
  const published = await publishGraph(bench.db, bench.runtimes.nodes, {
    workspaceId,
    name: graph.name ?? 'loyalty',
    graph,
  });
  return { journeyId: published.journeyId, versionId: published.versionId, irVersion: published.ir.irVersion };
}

/** Enrols the customer at step `trigger` and runs the enrollment to its end; returns its summary. */
export async function runOnce(
  bench: Bench,
  audience: Audience,
  published: Awaited<ReturnType<typeof publish>>,
  entryStepId = 'trigger',
) {
  const { workflowId, input } = await enrol(bench, audience, published, entryStepId);
  const summary = await bench.env.client.workflow.execute<JourneyWorkflow>(JOURNEY_WORKFLOW, {
    taskQueue: bench.taskQueue,
    workflowId,
    args: [input],
  });
  return { summary, enrollmentId: input.enrollmentId };
}

/**
 * Starts the enrollment without awaiting its result: awaiting one on the time-skipping server lets
 * time jump while other workflows' steps run, so concurrent runs start this way and are awaited by
 * their enrollment rows (see `finished`).
 */
export async function startRun(bench: Bench, audience: Audience, published: Awaited<ReturnType<typeof publish>>) {
  const { workflowId, input } = await enrol(bench, audience, published, 'trigger');
  await bench.env.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
    taskQueue: bench.taskQueue,
    workflowId,
    args: [input],
  });
  return { enrollmentId: input.enrollmentId };
}

/** Resolves once the enrollment has finished. */
export function finished(bench: Bench, enrollmentId: string) {
  return eventually(async () => {
    const row = await bench.db
      .selectFrom('enrollments')
      .select('status')
      .where('id', '=', enrollmentId)
      .executeTakeFirst();
    return row && row.status !== 'running' ? row.status : undefined;
  });
}

async function enrol(
  bench: Bench,
  audience: Audience,
  published: Awaited<ReturnType<typeof publish>>,
  entryStepId: string,
) {
  const workflowId = journeyWorkflowId(published.journeyId, audience.customerId, randomUUID());
  const { enrollment } = await enrollCustomer(bench.db, {
    workspaceId: audience.workspaceId,
    journeyId: published.journeyId,
    journeyVersionId: published.versionId,
    customerId: audience.customerId,
    workflowId,
    entryStepId,
    entryEventId: null,
  });
  const input = {
    irVersion: published.irVersion,
    workspaceId: audience.workspaceId,
    journeyId: published.journeyId,
    journeyVersionId: published.versionId,
    customerId: audience.customerId,
    enrollmentId: enrollment.id,
    entryStepId,
    entryEvent: null,
  };
  return { workflowId, input };
}

/** The port each step of an enrollment left by. */
export async function portsOf(db: Db, enrollmentId: string): Promise<Record<string, string | null>> {
  const rows = await db
    .selectFrom('stepEvents')
    .select(['stepId', 'port'])
    .where('enrollmentId', '=', enrollmentId)
    .where('kind', '=', 'left')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.stepId, row.port]));
}

/** trigger → `step` (type, config) with each of `ports` leading to its own end. */
export function around(type: string, config: unknown, ports: readonly string[]): JourneyGraphInput {
  return {
    name: type,
    nodes: [
      { id: 'trigger', type: 'core.trigger.api', data: { config: {} } },
      { id: 'step', type, data: { config } },
      ...ports.map((port) => ({ id: `end-${port.replace(':', '-')}`, type: 'core.end' })),
    ],
    edges: [
      { id: 'e0', source: 'trigger', sourceHandle: 'out', target: 'step' },
      ...ports.map((port) => ({
        id: `e-${port.replace(':', '-')}`,
        source: 'step',
        sourceHandle: port,
        target: `end-${port.replace(':', '-')}`,
      })),
    ],
    settings: { reentry: 'every', exitOn: [], goal: null },
  };
}
