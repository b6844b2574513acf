// `npm run bench -- --only=ingest`: a fresh database, a Temporal dev server, the journey worker in
// this process and the API server in its own process, then the ingest-vs-start comparison.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { createJourneyWorker } from '@wayfarer/worker';
import { bundleJourneyWorkflows } from '../test/support/temporal';
import { openBenchDatabase } from './bench-database';
import { compareIngestToStart, type IngestFigures } from './ingest.bench';
import { startServerProcess } from '../test/support/server-process';
import { prepareIngestTarget } from './ingest-setup';

/** Concurrent senders, for both contenders. */
const CONCURRENCY = 16;
/** Where `--profile-server` leaves the server's `.cpuprofile` (open it in Chrome DevTools). */
const serverProfileDir = fileURLToPath(new URL('../.reports/cpu-profiles', import.meta.url));

interface IngestRunOptions {
  count: number;
  rounds: number;
}

async function runWithServices(
  database: Awaited<ReturnType<typeof openBenchDatabase>>,
  env: TestWorkflowEnvironment,
  options: IngestRunOptions,
): Promise<IngestFigures> {
  const taskQueue = `bench-ingest-${randomUUID()}`;
  const server = await startServerProcess({
    databaseUrl: database.url,
    temporalAddress: env.address,
    taskQueue,
    // `--profile-server`: a V8 CPU profile of the server process, written when it stops.
    ...(process.argv.includes('--profile-server')
      ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${serverProfileDir}`] }
      : {}),
  });
  try {
    const runtimes = await loadRuntimeRegistry();
    const worker = await createJourneyWorker({
      db: database.db,
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      runtimes,
      workflowBundle: await bundleJourneyWorkflows(),
    });
    const target = await prepareIngestTarget(database.db, runtimes.nodes);
    const context = { db: database.db, client: env.client, taskQueue, serverUrl: server.url, target };
    return await worker.runUntil(() =>
      compareIngestToStart({ ...context, concurrency: CONCURRENCY }, { ...options, warmUp: 20 }),
    );
  } finally {
    await server.stop();
  }
}

export async function benchIngest(results: Record<string, number>, options: { quick: boolean }): Promise<void> {
  const cli = await provideTemporalBinary('temporal', temporalProvisionFromEnv());
  const run = { count: options.quick ? 100 : 500, rounds: options.quick ? 1 : 2 };
  const database = await openBenchDatabase();
  try {
    const env = await TestWorkflowEnvironment.createLocal({
      // Teardown cancels the timers of the workflows still waiting, which the server logs as errors.
      server: { executable: { type: 'existing-path', path: cli }, log: { format: 'pretty', level: 'never' } },
    });
    try {
      Object.assign(results, await runWithServices(database, env, run));
    } finally {
      await env.teardown();
    }
  } finally {
    await database.close();
  }
  console.log(
    `database: ${database.kind}; ${run.count} events x ${run.rounds} rounds, ${CONCURRENCY} in flight; ` +
      `server: apps/server/src/main.ts in a child process; latency to Temporal's workflow start time`,
  );
}
