// Production composition root: one worker process polling the journey task queue.
import { NativeConnection } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createDb, migrateToLatest } from '@wayfarer/db';
import { JOURNEY_TASK_QUEUE } from '@wayfarer/workflows';
import { Client } from '@temporalio/client';
import { ensureLoyaltyMaintenanceSchedules } from './loyalty-maintenance-schedule';
import { startJourneyWorker } from './start-worker';
import { sendServicesFromEnv } from './send/send-from-env';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is required (postgres://user:password@host:5432/db).');
  process.exit(1);
}
const db = createDb({ url: databaseUrl });
await migrateToLatest(db);
// Deliveries get their own pool (see send/send-from-env.ts).
const sending = sendServicesFromEnv(databaseUrl);
const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS ?? 'localhost:7233' });
const worker = await startJourneyWorker({
  db,
  connection,
  namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
  taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? JOURNEY_TASK_QUEUE,
  runtimes: await loadRuntimeRegistry(),
  ...(sending ? { send: sending.send } : {}),
  // A bundle built ahead of time (images, tests) skips webpack at start-up.
  ...(process.env.WORKFLOW_BUNDLE_PATH ? { workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH } } : {}),
});
// Every workspace gets its daily loyalty maintenance (points expiry, value tiers).
await ensureLoyaltyMaintenanceSchedules(
  new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' }),
  db,
  process.env.TEMPORAL_TASK_QUEUE ?? JOURNEY_TASK_QUEUE,
);
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
