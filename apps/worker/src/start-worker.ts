import { Client } from '@temporalio/client';
import { NativeConnection, Worker, type WorkerPlugin, type WorkflowBundleOption } from '@temporalio/worker';
import type { OutboundPolicy, SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createJourneyActivities } from './activities';
import { createSegmentActivities, createWorkerRouting } from './segment-activities';
import { createBroadcastActivities } from './broadcast-activities';
import { createDateTriggerActivities } from './date-trigger-activities';
import { createLoyaltyMaintenanceActivities } from './loyalty-maintenance-activities';
import { journeyWorkflowsPath } from './workflows-path';
import type { SendServices } from './send/send-services';
import type { WorkerMetrics } from './telemetry/worker-metrics';

export interface WorkerOptions {
  db: Db;
  connection: NativeConnection;
  namespace: string;
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
}

/** Creates the journey worker: the interpreter workflow plus the Postgres-backed activities. */
export async function createJourneyWorker(options: WorkerOptions): Promise<Worker> {
  const routing = createWorkerRouting({ ...options, observe: options.metrics?.routing });
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: {
      ...createJourneyActivities({
        db: options.db,
        runtimes: options.runtimes,
        routing,
        send: options.send,
        metrics: options.metrics,
        secretBox: options.secretBox,
        outbound: options.outbound,
      }),
      // Segment refreshes and the facts steps produce route on this worker's own task queue.
      ...createSegmentActivities(routing),
      // Broadcasts start journey workflows on this worker's own task queue.
      ...createBroadcastActivities(routing),
      // Daily loyalty maintenance (points expiry, value tiers); tier changes route on this queue.
      ...createLoyaltyMaintenanceActivities(routing),
      // Date-trigger sweeps (birthdays, anniversaries) also start journeys on this task queue.
      ...createDateTriggerActivities({
        db: options.db,
        temporal: new Client({ connection: options.connection, namespace: options.namespace }),
        taskQueue: options.taskQueue,
      }),
    },
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: journeyWorkflowsPath() }),
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions ?? 50,
    ...(options.plugins === undefined ? {} : { plugins: options.plugins }),
  });
}

/** Starts the worker in the background; `stop` shuts it down and waits for it to drain. */
export async function startJourneyWorker(options: WorkerOptions): Promise<{ worker: Worker; stop(): Promise<void> }> {
  const worker = await createJourneyWorker(options);
  const running = worker.run();
  return {
    worker,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    },
  };
}
