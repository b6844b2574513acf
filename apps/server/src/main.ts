// Production composition root: the API server against an existing Postgres and Temporal (the
// worker runs as its own process, apps/worker). Configured by environment variables only.
import { Client, Connection } from '@temporalio/client';
import { loadNodeRegistry } from '@wayfarer/config';
import { createDb, migrateToLatest } from '@wayfarer/db';
import { createMetricsRegistry, startTracing, tracingClientInterceptors } from '@wayfarer/telemetry';
import { liffSettingsOf, productionEnvSchema, readEnvOrExit } from './config/server-env';
import { createServer } from './create-server';
import { trackingKeyFromEnv } from './tracking/link-key-from-env';
import { linkKeyFromEnv } from './unsubscribe/link-key-from-env';
import { secretBoxFromEnv } from './channels/secret-box-from-env';
import { outboundPolicyFromEnv } from '@wayfarer/channels';
import { defaultWebRoot } from './paths';
import { stopOnSignals } from './shutdown';

const env = readEnvOrExit(productionEnvSchema);
// Before anything that makes spans or Temporal calls (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set).
const tracing = startTracing('wayfarer-server');

const db = createDb({ url: env.DATABASE_URL, maxConnections: env.DB_POOL_SIZE });
await migrateToLatest(db);
const connection = await Connection.connect(env.temporal.connect);
const server = createServer({
  db,
  temporal: new Client({ connection, namespace: env.temporal.namespace, interceptors: tracingClientInterceptors() }),
  registry: await loadNodeRegistry(),
  taskQueue: env.TEMPORAL_TASK_QUEUE,
  logger: true,
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
  metrics: createMetricsRegistry('server'),
  ...(process.env.WAYFARER_PUBLIC_URL ? { publicUrl: process.env.WAYFARER_PUBLIC_URL } : {}),
  outbound: outboundPolicyFromEnv(),
  liff: liffSettingsOf(env),
});
await server.start({ port: env.PORT, host: env.HOST });

stopOnSignals(async () => {
  await server.stop();
  await connection.close();
  await db.destroy();
  await tracing?.shutdown();
});
