// Production composition root: one worker process polling the journey task queue.
import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createSecretBox, loadSecretKey, outboundPolicyFromEnv, secretKeyVariable } from '@wayfarer/channels';
import { loadRuntimeRegistry, readEnvOrExit } from '@wayfarer/config';
import { createDb, migrateToLatest, poolStats } from '@wayfarer/db';
import { freePort } from '@wayfarer/provision';
import {
  createLogger,
  createMetricsRegistry,
  observePools,
  startMetricsServer,
  startTracing,
  TRACING_WORKFLOW_INTERCEPTORS,
  tracingClientInterceptors,
  tracingWorkerPlugin,
} from '@wayfarer/telemetry';
import { workerEnvSchema } from './config/worker-env';
import { ensureExperimentDecisionsSchedules } from './experiments/experiment-schedules';
import { ensureLoyaltyMaintenanceSchedules } from './loyalty-maintenance-schedule';
import { ensureDataRetentionSchedules } from './data-retention-schedule';
import { DEFAULT_SEND_RATE_LIMITS, startJourneyWorker } from './start-worker';
import { createSendPacer } from './send/send-pacer';
import { sendServicesFromEnv } from './send/send-from-env';
import { installWorkerRuntime } from './telemetry/sdk-runtime';
import { createWorkerMetrics } from './telemetry/worker-metrics';

const env = readEnvOrExit(workerEnvSchema);
const logger = createLogger('wayfarer-worker');
const sdkMetrics = env.TEMPORAL_METRICS_BIND_ADDRESS ?? `127.0.0.1:${await freePort()}`;
installWorkerRuntime(logger, sdkMetrics);
const tracing = startTracing('wayfarer-worker');
const registry = createMetricsRegistry('worker');
const metrics = createWorkerMetrics(registry);

const db = createDb({ url: env.DATABASE_URL });
await migrateToLatest(db);
// Deliveries get their own pool (see send/send-from-env.ts).
const sendRateLimits = { ...DEFAULT_SEND_RATE_LIMITS, ...env.SEND_RATE_LIMITS };
// Its own two connections: sends wait for slots inside step transactions that hold the main pool's.
const pacingDb = createDb({ url: env.DATABASE_URL, maxConnections: 2 });
const pacer = createSendPacer(pacingDb, sendRateLimits);
const sending = sendServicesFromEnv(env.DATABASE_URL, process.env, {
  observe: metrics,
  pace: async (channel) => {
    await pacer.acquire(channel);
  },
});
observePools(registry, { worker: () => poolStats(db) });
const connection = await NativeConnection.connect(env.temporal.connect);
if (tracing !== undefined && env.WORKFLOW_BUNDLE_PATH !== undefined) {
  logger.warn(
    { interceptors: TRACING_WORKFLOW_INTERCEPTORS },
    'tracing is on: workflow spans need a bundle built with the OpenTelemetry workflow interceptors',
  );
}
const worker = await startJourneyWorker({
  db,
  connection,
  namespace: env.temporal.namespace,
  taskQueue: env.TEMPORAL_TASK_QUEUE,
  runtimes: await loadRuntimeRegistry(),
  metrics,
  outbound: outboundPolicyFromEnv(),
  ...(process.env[secretKeyVariable] ? { secretBox: createSecretBox(loadSecretKey()) } : {}),
  sendRateLimits,
  ...(env.WORKER_ROLES === undefined ? {} : { roles: env.WORKER_ROLES }),
  ...(env.WORKER_MAX_CACHED_WORKFLOWS === undefined ? {} : { maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS }),
  ...(tracing === undefined ? {} : { plugins: [tracingWorkerPlugin(tracing)] }),
  ...(sending ? { send: sending.send } : {}),
  ...(env.WORKFLOW_BUNDLE_PATH === undefined ? {} : { workflowBundle: { codePath: env.WORKFLOW_BUNDLE_PATH } }),
});
const metricsServer = await startMetricsServer({
  registry,
  port: env.METRICS_PORT,
  host: env.METRICS_HOST,
  forwardFrom: `http://${sdkMetrics}/metrics`,
});
// Every workspace gets its daily loyalty maintenance (points expiry, value tiers)…
const schedules = new Client({
  connection,
  namespace: env.temporal.namespace,
  interceptors: tracingClientInterceptors(),
});
await ensureLoyaltyMaintenanceSchedules(schedules, db, env.TEMPORAL_TASK_QUEUE);
// …and its daily experiment decisions…
await ensureExperimentDecisionsSchedules(schedules, db, env.TEMPORAL_TASK_QUEUE);
// …and its daily retention run.
await ensureDataRetentionSchedules(schedules, db, env.TEMPORAL_TASK_QUEUE);
logger.info({ taskQueue: env.TEMPORAL_TASK_QUEUE, metrics: metricsServer.url }, 'worker running');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker
      .stop()
      .then(() => metricsServer.close())
      .then(() => connection.close())
      .then(() => sending?.close())
      .then(() => pacingDb.destroy())
      .then(() => db.destroy())
      .then(() => tracing?.shutdown());
  });
}
