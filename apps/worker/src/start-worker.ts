import { Client } from '@temporalio/client';
import {
  bundleWorkflowCode,
  NativeConnection,
  Worker,
  type WorkerPlugin,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import type { OutboundPolicy, SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import { sendChannels } from '@wayfarer/nodes';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { maintenanceTaskQueue, sendTaskQueue } from '@wayfarer/workflows';
import { createJourneyActivities } from './activities';
import { createSegmentActivities, createWorkerRouting } from './segment-activities';
import { createBroadcastActivities } from './broadcast-activities';
import { createDateTriggerActivities } from './date-trigger-activities';
import { createExportActivities } from './export-activities';
import { createRichMenuActivities } from './rich-menu-activities';
import { createTestSendActivities } from './test-send-activities';
import { createImportActivities } from './import-activities';
import { createLoyaltyMaintenanceActivities } from './loyalty-maintenance-activities';
import { createDataRetentionActivities } from './data-retention-activities';
import { createExperimentDecisionActivities } from './experiments/decide-experiments';
import { journeyBundleOptions } from './workflows-path';
import { defaultMaxCachedWorkflows, processMemoryBytes } from './workflow-cache';
import type { SendServices } from '@wayfarer/delivery';
import type { WorkerMetrics } from './telemetry/worker-metrics';

/** What a worker process polls: journeys, background work, sends (all three unless told). */
export const workerRoles = ['journeys', 'maintenance', 'sends'] as const;
export type WorkerRole = (typeof workerRoles)[number];

/** Sends per second a channel's queue may hand out across all workers; LINE allows 2,000 per channel. */
export const DEFAULT_SEND_RATE_LIMITS: Readonly<Record<string, number>> = { line: 2000 };

export interface WorkerOptions {
  db: Db;
  connection: NativeConnection;
  namespace: string;
  /** The journey task queue; the maintenance and send queues are named after it. */
  taskQueue: string;
  runtimes: RuntimeRegistry;
  /** A pre-built workflow bundle (tests, production images); bundled from source when absent. */
  workflowBundle?: WorkflowBundleOption;
  maxConcurrentActivityTaskExecutions?: number;
  /** Delivery on real channels (see send/send-from-env.ts); without it only the outbox works. */
  send?: SendServices;
  /** Prometheus series of steps, sends and routing (see telemetry/worker-metrics.ts). */
  metrics?: WorkerMetrics;
  /** Worker plugins, e.g. OpenTelemetry tracing (`tracingWorkerPlugin`). */
  plugins?: WorkerPlugin[];
  /** Opens the workspace secrets node packages read (WAYFARER_SECRET_KEY). */
  secretBox?: SecretBox;
  /** Which addresses node HTTP calls may reach (WAYFARER_OUTBOUND_ALLOW's policy when absent). */
  outbound?: OutboundPolicy;
  /** Sends per second per channel, across all workers (default {@link DEFAULT_SEND_RATE_LIMITS}). */
  sendRateLimits?: Readonly<Record<string, number>>;
  /** Which queues this process polls (default: all), e.g. `['sends']` for a send-only fleet. */
  roles?: readonly WorkerRole[];
  /** Sends in flight per channel in this process (default {@link DEFAULT_SEND_CONCURRENCY}). */
  sendConcurrency?: number;
  /** Workflows each workflow Worker keeps in memory (default: sized from memory, see workflow-cache.ts). */
  maxCachedWorkflows?: number;
  /** Wayfarer's public address, which share links point at (default: WAYFARER_PUBLIC_URL). */
  publicUrl?: string;
}

/**
 * A send holds a Postgres connection for its whole step (and waits for its slot in it), so a
 * channel's sends in flight stay below the pool's size: more would queue on the pool and starve the
 * rest of the process. Throughput per channel is this over the provider's latency.
 */
export const DEFAULT_SEND_CONCURRENCY = 8;

function allActivities(options: WorkerOptions, sendQueueOf?: (channel: string) => string | undefined) {
  const routing = createWorkerRouting({
    ...options,
    nodeTypes: options.runtimes.nodes,
    observe: options.metrics?.routing,
  });
  return {
    ...createJourneyActivities({
      db: options.db,
      runtimes: options.runtimes,
      routing,
      send: options.send,
      metrics: options.metrics,
      secretBox: options.secretBox,
      outbound: options.outbound,
      ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
      ...(sendQueueOf === undefined ? {} : { sendQueueOf }),
    }),
    // Segment refreshes and the facts steps produce start journeys on the journey task queue.
    ...createSegmentActivities(routing),
    // Broadcasts start journey workflows on the journey task queue.
    ...createBroadcastActivities({ ...routing, multicast: options.send?.multicast }),
    // Customer imports (on the maintenance queue) write batches and route list entries/exits.
    ...createImportActivities(routing),
    // Customers' LINE rich menus kept in step with the workspace's rule (tier or segment → menu).
    ...createRichMenuActivities(options.send),
    // Customer exports (on the maintenance queue) write their files page by page.
    ...createExportActivities({ db: options.db }),
    // A marketer's test sends (on the maintenance queue), through the journeys' send services.
    ...createTestSendActivities({ db: options.db, send: options.send }),
    // Daily loyalty maintenance (points expiry, value tiers); tier changes route on that queue.
    ...createLoyaltyMaintenanceActivities(routing),
    // Daily retention runs: expired rows rolled up and deleted in batches.
    ...createDataRetentionActivities({ db: options.db, metrics: options.metrics }),
    // Daily winner decisions of the workspaces' experiments.
    ...createExperimentDecisionActivities({ db: options.db, nodes: options.runtimes.nodes }),
    // Date-trigger sweeps (birthdays, anniversaries) also start journeys on the journey task queue.
    ...createDateTriggerActivities({
      db: options.db,
      temporal: new Client({ connection: options.connection, namespace: options.namespace }),
      taskQueue: options.taskQueue,
    }),
  };
}

function workflowSource(options: WorkerOptions, bundle: WorkflowBundleOption | undefined) {
  if (bundle !== undefined) return { workflowBundle: bundle };
  const { workflowsPath, preloadModules } = journeyBundleOptions();
  return { workflowsPath, bundlerOptions: { preloadModules } };
}

/**
 * One Worker that runs everything on the journey task queue alone (no maintenance or send queues):
 * for tests and benchmarks that drive a single queue.
 */
export async function createJourneyWorker(options: WorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: allActivities(options),
    ...workflowSource(options, options.workflowBundle),
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions ?? 50,
    ...(options.plugins === undefined ? {} : { plugins: options.plugins }),
  });
}

/**
 * The worker of a deployment: Workers on the journey queue (journeys), the maintenance queue
 * (broadcasts, sweeps, refreshes, maintenance) and one send queue per channel, whose task-queue
 * rate limit (`maxTaskQueueActivitiesPerSecond`, enforced by the Temporal server for all workers
 * together) keeps each channel's sends within its provider's rate. A broadcast's thousands of sends
 * therefore wait on their channel's queue while live journeys' other steps go on.
 */
async function createWorkerGroup(options: WorkerOptions): Promise<Worker[]> {
  const limits = { ...DEFAULT_SEND_RATE_LIMITS, ...options.sendRateLimits };
  const sendQueueOf = (channel: string): string | undefined =>
    (sendChannels as readonly string[]).includes(channel) ? sendTaskQueue(options.taskQueue, channel) : undefined;
  const activities = allActivities(options, sendQueueOf);
  const roles = new Set(options.roles ?? workerRoles);
  const workflowQueues = [
    ...(roles.has('journeys') ? [options.taskQueue] : []),
    ...(roles.has('maintenance') ? [maintenanceTaskQueue(options.taskQueue)] : []),
  ];
  // The Workers that run workflows share one bundle.
  const bundle =
    workflowQueues.length === 0
      ? undefined
      : (options.workflowBundle ??
        (await bundleWorkflowCode({ ...journeyBundleOptions(), plugins: options.plugins ?? [] })));
  // Parked customers leave the cache (least recently used first); the cache bounds the memory.
  const maxCachedWorkflows =
    options.maxCachedWorkflows ?? defaultMaxCachedWorkflows(processMemoryBytes(), workflowQueues.length);
  const common = {
    connection: options.connection,
    namespace: options.namespace,
    ...(options.plugins === undefined ? {} : { plugins: options.plugins }),
  };
  const workflowWorkers = workflowQueues.map((taskQueue) =>
    Worker.create({
      ...common,
      taskQueue,
      // Old schedules and broadcasts started on the journey queue still find every activity there.
      activities,
      ...workflowSource(options, bundle),
      maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions ?? 50,
      maxCachedWorkflows,
    }),
  );
  const sendWorkers = (roles.has('sends') ? sendChannels : []).map((channel) => {
    const perSecond = limits[channel];
    return Worker.create({
      ...common,
      taskQueue: sendTaskQueue(options.taskQueue, channel),
      activities: { runStep: (input: Parameters<typeof activities.runStep>[0]) => activities.runStep(input) },
      ...(perSecond === undefined ? {} : { maxTaskQueueActivitiesPerSecond: perSecond }),
      maxConcurrentActivityTaskExecutions: options.sendConcurrency ?? DEFAULT_SEND_CONCURRENCY,
    });
  });
  return Promise.all([...workflowWorkers, ...sendWorkers]);
}

/** Starts the deployment's Workers in the background; `stop` shuts them down and waits for them to drain. */
export async function startJourneyWorker(
  options: WorkerOptions,
): Promise<{ worker: Worker; workers: Worker[]; stop(): Promise<void> }> {
  const workers = await createWorkerGroup(options);
  const running = workers.map((worker) => worker.run());
  const [first] = workers;
  if (first === undefined) throw new Error('no worker was created: roles is empty');
  return {
    worker: first,
    workers,
    stop: async () => {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await Promise.all(running);
    },
  };
}
