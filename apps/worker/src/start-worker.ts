import { NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { Db } from '@wayfarer/db';
import type { RuntimeRegistry } from '@wayfarer/nodes/runtime';
import { createJourneyActivities } from './activities';
import { journeyWorkflowsPath } from './workflows-path';

export interface WorkerOptions {
  db: Db;
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  runtimes: RuntimeRegistry;
  /** A pre-built workflow bundle (tests, production images); bundled from source when absent. */
  workflowBundle?: WorkflowBundleOption;
  maxConcurrentActivityTaskExecutions?: number;
}

/** Creates the journey worker: the interpreter workflow plus the Postgres-backed activities. */
export async function createJourneyWorker(options: WorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: createJourneyActivities({ db: options.db, runtimes: options.runtimes }),
    ...(options.workflowBundle
      ? { workflowBundle: options.workflowBundle }
      : { workflowsPath: journeyWorkflowsPath() }),
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions ?? 50,
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
