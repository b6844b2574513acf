// `npm start`: the whole product in one process tree for a laptop or a demo. Postgres is PGlite
// under .data/ unless DATABASE_URL is set; Temporal is a dev server spawned from the `temporal`
// CLI unless TEMPORAL_ADDRESS is set; the worker runs in-process; the server listens on PORT.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection } from '@temporalio/worker';
import {
  ConfigError,
  findTemporalCli,
  loadNodeRegistry,
  loadRuntimeRegistry,
  TEMPORAL_INSTALL_HINT,
} from '@wayfarer/config';
import { createDb, EMBEDDED_POOL_SIZE, migrateToLatest, startEmbeddedPostgres } from '@wayfarer/db';
import {
  ensureLoyaltyMaintenanceSchedules,
  journeyWorkflowsPath,
  sendServicesFromEnv,
  startJourneyWorker,
} from '@wayfarer/worker';
import { embeddedEnvSchema, readEnvOrExit, type EmbeddedEnv } from './config/server-env';
import { createServer } from './create-server';
import { trackingKeyFromEnv } from './tracking/link-key-from-env';
import { linkKeyFromEnv } from './unsubscribe/link-key-from-env';
import { secretBoxFromEnv } from './channels/secret-box-from-env';
import { outboundPolicyFromEnv } from '@wayfarer/channels';
import { ensureDemoWorkspace } from './embedded/demo-workspace';
import { ensureSecretKey } from './embedded/secret-key';
import { startTemporalDevServer } from './embedded/temporal-dev-server';
import { dataDir, defaultWebRoot } from './paths';
import { stopOnSignals } from './shutdown';

const TEMPORAL_DEV_PORT = 7233;

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
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite') });
  cleanups.push(() => embedded.stop());
  return embedded.url;
}

async function startTemporal(
  cliPath: string | undefined,
): Promise<{ connection: Connection; address: string; uiUrl?: string }> {
  if (cliPath === undefined) {
    const address = env.TEMPORAL_ADDRESS ?? 'localhost:7233';
    const connection = await Connection.connect({ address });
    cleanups.push(() => connection.close());
    return { connection, address };
  }
  const server = await startTemporalDevServer({
    cliPath,
    dbFile: join(dataDir, 'temporal.db'),
    port: TEMPORAL_DEV_PORT,
    namespace: env.TEMPORAL_NAMESPACE,
  });
  cleanups.push(() => server.stop());
  return server;
}

function temporalCliOrExit(current: EmbeddedEnv): string | undefined {
  if (current.TEMPORAL_ADDRESS !== undefined) return undefined;
  try {
    const cli = findTemporalCli({ ...process.env, TEMPORAL_CLI_PATH: current.TEMPORAL_CLI_PATH });
    if (cli !== undefined) return cli;
    console.error(`The Temporal CLI (\`temporal\`) was not found. ${TEMPORAL_INSTALL_HINT}`);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
  }
  process.exit(1);
}

async function start(): Promise<void> {
  const cliPath = temporalCliOrExit(env);
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = await startDatabase();
  // Server and worker share this pool; on PGlite it is one connection (see EMBEDDED_POOL_SIZE).
  const db = createDb({
    url: databaseUrl,
    ...(env.DATABASE_URL === undefined ? { maxConnections: EMBEDDED_POOL_SIZE } : {}),
  });
  cleanups.push(() => db.destroy());
  await migrateToLatest(db);
  const temporal = await startTemporal(cliPath);
  const demo = await ensureDemoWorkspace(db, join(dataDir, 'demo-api-key'));
  ensureSecretKey(join(dataDir, 'secret-key'));
  // PGlite is one session: deliveries then share the step's transaction (see send/deliver.ts).
  const sending = sendServicesFromEnv(env.DATABASE_URL === undefined ? undefined : databaseUrl);
  if (sending) cleanups.push(() => sending.close());

  const workerConnection = await NativeConnection.connect({ address: temporal.address });
  cleanups.push(() => workerConnection.close());
  // Bundled once: the journey worker and the editor's test runs (the simulator) run the same code.
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: journeyWorkflowsPath(),
    logger: new DefaultLogger('WARN'),
  });
  const runtimes = await loadRuntimeRegistry();
  const worker = await startJourneyWorker({
    db,
    connection: workerConnection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    runtimes,
    workflowBundle,
    ...(sending ? { send: sending.send } : {}),
  });
  cleanups.push(() => worker.stop());
  // Every workspace (the demo's included) gets its daily loyalty maintenance.
  await ensureLoyaltyMaintenanceSchedules(
    new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    db,
    env.TEMPORAL_TASK_QUEUE,
  );

  const server = createServer({
    db,
    temporal: new Client({ connection: temporal.connection, namespace: env.TEMPORAL_NAMESPACE }),
    registry: await loadNodeRegistry(),
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    logger: { level: 'warn' },
    webRoot: env.WEB_ROOT ?? defaultWebRoot,
    ingestRateLimitPerMin: env.INGEST_RATE_LIMIT_PER_MIN,
    eventRouter: { leaseMs: env.EVENT_ROUTER_LEASE_MS },
    unsubscribeLinkKey: linkKeyFromEnv(),
    trackingLinkKey: trackingKeyFromEnv(),
    secretBox: secretBoxFromEnv(),
    outbound: outboundPolicyFromEnv(),
    simulation: { runtimes, workflowBundle },
  });
  await server.start({ port: env.PORT, host: env.HOST });
  cleanups.push(() => server.stop());
  printBanner(`http://localhost:${env.PORT}`, demo.apiKey, temporal.uiUrl);
}

function printBanner(url: string, apiKey: string, temporalUi: string | undefined): void {
  console.log(`
Wayfarer is running at ${url}
  Open the editor  ${url}/#apiKey=${encodeURIComponent(apiKey)}
  Or sign in     ${url}/   (the first visitor of an empty installation creates the owner account)
  tRPC API      ${url}/trpc
  Ingest API    ${url}/v1/identify · /v1/track · /v1/batch${temporalUi === undefined ? '' : `\n  Temporal UI   ${temporalUi}`}
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
