// The experiments bench: Postgres, the Temporal dev server (Schedules need it), the real journey
// worker — stoppable and startable again, as a deploy would — and customers entering journeys
// through routing's startEnrollment, which decides holdouts and the control group as ingest does.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createWorkspace, type Db, type Enrollment } from '@wayfarer/db';
import type { JourneyGraphInput, JourneyIR } from '@wayfarer/journey';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { startEnrollment } from '@wayfarer/routing';
import { startJourneyWorker } from '@wayfarer/worker';
import { journeyWorkflowId } from '@wayfarer/workflows';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';

export interface Published {
  journeyId: string;
  versionId: string;
  ir: JourneyIR;
}

export interface ExperimentBench {
  database: TestDatabase;
  db: Db;
  env: TestWorkflowEnvironment;
  runtimes: RuntimeRegistry;
  taskQueue: string;
  workspaceId: string;
  /** Starts a journey worker (workflows, steps, experiment decisions); stop it to simulate a deploy. */
  startWorker(): Promise<{ stop(): Promise<void> }>;
  publish(graph: JourneyGraphInput): Promise<Published>;
  /** `count` new customers of the workspace, in one insert. */
  customers(count: number): Promise<string[]>;
  /** Enters the customer at `trigger` (a new entry each call, under "every" re-entry). */
  enter(journey: Published, customerId: string): Promise<Enrollment>;
  /** Resolves once every enrollment has finished. */
  finished(enrollmentIds: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function startExperimentBench(label: string): Promise<ExperimentBench> {
  const [database, env, runtimes, workflowBundle] = await Promise.all([
    createTestDatabase(label),
    createDevServerEnv(),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  const { db } = database;
  const taskQueue = `${label}-${randomUUID()}`;
  const workspace = await createWorkspace(db, label);
  const bundle: WorkflowBundleOption = workflowBundle;
  const workers: { stop(): Promise<void> }[] = [];
  return {
    database,
    db,
    env,
    runtimes,
    taskQueue,
    workspaceId: workspace.id,
    startWorker: async () => {
      const worker = await startJourneyWorker({
        db,
        connection: env.nativeConnection,
        namespace: 'default',
        taskQueue,
        runtimes,
        workflowBundle: bundle,
      });
      workers.push(worker);
      return worker;
    },
    publish: (graph) =>
      publishGraph(db, runtimes.nodes, { workspaceId: workspace.id, name: graph.name ?? 'Experiment', graph }),
    customers: async (count) => {
      const prefix = randomUUID().slice(0, 8);
      const rows = await db
        .insertInto('customers')
        .values(
          Array.from({ length: count }, (_, index) => ({
            workspaceId: workspace.id,
            externalId: `${prefix}-${index}`,
            attributes: JSON.stringify({ name: `Customer ${index}` }),
            timezone: 'Asia/Taipei',
            locale: 'en',
            updatedAt: new Date(),
          })),
        )
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },
    enter: async (journey, customerId) => {
      const outcome = await startEnrollment(
        { db, temporal: env.client, taskQueue },
        {
          workspaceId: workspace.id,
          journeyId: journey.journeyId,
          journeyVersionId: journey.versionId,
          ir: journey.ir,
          customerId,
          entryStepId: 'trigger',
          entryEvent: null,
          workflowId: journeyWorkflowId(journey.journeyId, customerId, randomUUID()),
        },
      );
      if (outcome.enrollment === null) throw new Error(`entry refused: ${outcome.status}`);
      return outcome.enrollment;
    },
    finished: async (enrollmentIds) => {
      await eventually(async () => {
        const running = await db
          .selectFrom('enrollments')
          .select('id')
          .where('id', 'in', [...enrollmentIds])
          .where('status', '=', 'running')
          .execute();
        return running.length === 0 ? true : undefined;
      }, 120_000);
    },
    close: async () => {
      for (const worker of workers) await worker.stop();
      await env.teardown();
      await database.drop();
    },
  };
}

/** api trigger → `step` (type, config) with each of `ports` leading to its own end; re-entry "every". */
export function around(
  type: string,
  config: unknown,
  ports: readonly string[],
  settings: JourneyGraphInput['settings'] = {},
): JourneyGraphInput {
  return {
    name: type,
    nodes: [
      { id: 'trigger', type: 'core.trigger.api', data: { config: {} } },
      { id: 'step', type, data: { config } },
      ...ports.map((port) => ({ id: `end-${port}`, type: 'core.end' })),
    ],
    edges: [
      { id: 'e0', source: 'trigger', sourceHandle: 'out', target: 'step' },
      ...ports.map((port) => ({ id: `e-${port}`, source: 'step', sourceHandle: port, target: `end-${port}` })),
    ],
    settings: { reentry: 'every', exitOn: [], goal: null, ...settings },
  };
}

/** The port each enrollment left step `stepId` by, by enrollment id. */
export async function portsAt(db: Db, stepId: string, enrollmentIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('stepEvents')
    .select(['enrollmentId', 'port'])
    .where('enrollmentId', 'in', [...enrollmentIds])
    .where('stepId', '=', stepId)
    .where('kind', '=', 'left')
    .execute();
  return new Map(rows.map((row) => [row.enrollmentId, row.port ?? '']));
}
