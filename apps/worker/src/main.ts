// Production composition root: one worker process polling the journey task queue.
import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadRuntimeRegistry, readEnvOrExit } from '@wayfarer/config';
import { createDb, migrateToLatest } from '@wayfarer/db';
import { workerEnvSchema } from './config/worker-env';
import { ensureExperimentDecisionsSchedules } from './experiments/experiment-schedules';
import { ensureLoyaltyMaintenanceSchedules } from './loyalty-maintenance-schedule';
import { startJourneyWorker } from './start-worker';
import { sendServicesFromEnv } from './send/send-from-env';

const env = readEnvOrExit(workerEnvSchema);
const db = createDb({ url: env.DATABASE_URL });
await migrateToLatest(db);
// Deliveries get their own pool (see send/send-from-env.ts).
const sending = sendServicesFromEnv(env.DATABASE_URL);
const connection = await NativeConnection.connect(env.temporal.connect);
const worker = await startJourneyWorker({
  db,
  connection,
  namespace: env.temporal.namespace,
  taskQueue: env.TEMPORAL_TASK_QUEUE,
  runtimes: await loadRuntimeRegistry(),
  ...(sending ? { send: sending.send } : {}),
  ...(env.WORKFLOW_BUNDLE_PATH === undefined ? {} : { workflowBundle: { codePath: env.WORKFLOW_BUNDLE_PATH } }),
});
// Every workspace gets its daily loyalty maintenance (points expiry, value tiers)…
const schedules = new Client({ connection, namespace: env.temporal.namespace });
await ensureLoyaltyMaintenanceSchedules(schedules, db, env.TEMPORAL_TASK_QUEUE);
// …and its daily experiment decisions.
await ensureExperimentDecisionsSchedules(schedules, db, env.TEMPORAL_TASK_QUEUE);
console.log('wayfarer worker running');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker
      .stop()
      .then(() => connection.close())
      .then(() => sending?.close())
      .then(() => db.destroy());
  });
}
