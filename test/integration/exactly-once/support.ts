import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  createJourney,
  createWorkspace,
  enrollCustomer,
  publishJourneyVersion,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import { journeyWorkflowId, type JourneyWorkflowInput } from '@wayfarer/workflows';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** trigger → send → wait → reward → end: one message and one ledger row per customer. */
export function sendWaitRewardJourney(waitSeconds: number): JourneyGraphInput {
  return {
    nodes: [
      { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
      {
        id: 'send',
        type: 'core.send',
        data: { config: { channel: 'outbox', name: 'Welcome', body: 'Welcome {{ customer.name }}' } },
      },
      {
        id: 'wait',
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: waitSeconds, unit: 'seconds' } } },
      },
      { id: 'reward', type: 'core.reward.points', data: { config: { points: 100 } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'send' },
      { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'wait' },
      { id: 'e3', source: 'wait', sourceHandle: 'out', target: 'reward' },
      { id: 'e4', source: 'reward', sourceHandle: 'out', target: 'end' },
    ],
  };
}

/** Publishes a journey and enrols one new customer; returns the workflow id and input. */
export async function enrolInPublishedJourney(
  db: Db,
  registry: NodeRegistry,
  graph: JourneyGraphInput,
  customerName: string,
): Promise<{ workflowId: string; input: JourneyWorkflowInput }> {
  const compiled = compileJourney(graph, registry);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const workspace = await createWorkspace(db, `ws-${customerName}`);
  const journey = await createJourney(db, { workspaceId: workspace.id, name: customerName, draft: graph });
  const version = await publishJourneyVersion(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph,
  });
  const customer = await upsertCustomer(db, {
    workspaceId: workspace.id,
    externalId: customerName,
    traits: { name: customerName },
  });
  const workflowId = journeyWorkflowId(journey.id, customer.id);
  const { enrollment } = await enrollCustomer(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    journeyVersionId: version.id,
    customerId: customer.id,
    workflowId,
    entryStepId: 'trigger',
    entryEventId: null,
  });
  return {
    workflowId,
    input: {
      irVersion: compiled.value.irVersion,
      workspaceId: workspace.id,
      journeyId: journey.id,
      journeyVersionId: version.id,
      customerId: customer.id,
      enrollmentId: enrollment.id,
      entryStepId: 'trigger',
      entryEvent: null,
    },
  };
}

/** Runs `apps/worker/src/main.ts` as its own process, as production does. */
export function spawnWorkerProcess(options: {
  databaseUrl: string;
  env: TestWorkflowEnvironment;
  taskQueue: string;
  bundlePath: string;
  /** More environment (WAYFARER_CONFIG, WAYFARER_SECRET_KEY, …). */
  extraEnv?: Record<string, string>;
}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.env.address,
      TEMPORAL_NAMESPACE: options.env.namespace ?? 'default',
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      WORKFLOW_BUNDLE_PATH: options.bundlePath,
      // A port of its own: a worker still exiting (or one of another run) may hold the default.
      METRICS_PORT: '0',
      METRICS_HOST: '127.0.0.1',
      ...options.extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Ends a child process and waits for it to exit. */
export async function killProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
