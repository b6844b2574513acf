// The one time-skipping Temporal test server and worker a simulator runs on: the journey workflow
// bundle (the same interpreter as production) with the simulation activities, on its own task queue.
import { createRequire } from 'node:module';
import { WorkflowClient } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { findTemporalTestServer, TEMPORAL_INSTALL_HINT } from '@wayfarer/config';
import { createSimulationActivities, type SimulationActivityDeps } from './simulation-activities';
import { SimulationError } from './simulation-error';
import { timeSkippingGate } from './time-skipping-gate';

const require = createRequire(import.meta.url);

export interface EngineOptions extends SimulationActivityDeps {
  taskQueue: string;
  /** A pre-built bundle of `@wayfarer/workflows/journey`; bundled from source (slow, once) when absent. */
  workflowBundle?: WorkflowBundleOption;
  /** The time-skipping test server binary; found like the tests find it when absent. */
  testServerPath?: string;
}

export interface SimulationEngine {
  /** A plain client: time skipping is opened by `skippingTime`, not per result call. */
  workflows: WorkflowClient;
  /** Runs `work` (waiting for simulation results) with time skipping open. */
  skippingTime<T>(work: () => Promise<T>): Promise<T>;
  /** Settles when the worker stops (rejects if it crashed). */
  running: Promise<void>;
  stop(): Promise<void>;
}

async function journeyBundle(options: EngineOptions): Promise<WorkflowBundleOption> {
  if (options.workflowBundle) return options.workflowBundle;
  const workflowsPath = require.resolve('@wayfarer/workflows/journey');
  const { code } = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  return { code };
}

/** Starts the test server and the worker; the caller stops them with `stop()`. */
export async function startSimulationEngine(options: EngineOptions): Promise<SimulationEngine> {
  const path = options.testServerPath ?? findTemporalTestServer();
  if (path === undefined)
    throw new SimulationError(
      'simulator_unavailable',
      `Simulations need temporal-test-server. ${TEMPORAL_INSTALL_HINT}`,
    );
  // Where no worker installed Temporal's runtime yet, keep its logs to warnings (no line per poll).
  if (Runtime._instance === undefined) Runtime.install({ logger: new DefaultLogger('WARN') });
  const bundle = await journeyBundle(options);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path } },
  });
  try {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: options.taskQueue,
      workflowBundle: bundle,
      activities: createSimulationActivities(options),
    });
    const running = worker.run();
    const gate = timeSkippingGate(env.connection);
    return {
      workflows: new WorkflowClient({ connection: env.connection }),
      skippingTime: (work) => gate.during(work),
      running,
      stop: async () => {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running.catch(() => undefined);
        await env.teardown();
      },
    };
  } catch (error) {
    await env.teardown();
    throw error;
  }
}
