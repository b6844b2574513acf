// `npm run bench -- --only=engine`: the six-step journey through the engine beside the same journey
// hand-written as a Temporal workflow, on one Temporal dev server and one database.
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { createJourneyActivities } from '@wayfarer/worker';
import { openBenchDatabase } from './bench-database';
import { measureThroughput, prepareSixStepJourney, type MeasuredBatch } from './engine.bench';
import { meanHistoryCost } from './temporal-actions';

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

const HISTORIES_READ = 10;

/** Temporal actions and history events per customer, the engine's beside the hand-written baseline's. */
async function measureActions(
  client: TestWorkflowEnvironment['client'],
  results: Record<string, number>,
  engine: readonly MeasuredBatch[],
  baseline: readonly MeasuredBatch[],
): Promise<void> {
  const sample = (batches: readonly MeasuredBatch[]) => (batches.at(-1)?.workflowIds ?? []).slice(0, HISTORIES_READ);
  const [engineCost, baselineCost] = await Promise.all([
    meanHistoryCost(client, sample(engine)),
    meanHistoryCost(client, sample(baseline)),
  ]);
  results.engine_actions_per_customer = engineCost.actions;
  results.baseline_actions_per_customer = baselineCost.actions;
  results.actions_per_customer_vs_baseline = engineCost.actions / baselineCost.actions;
  results.engine_history_events_per_customer = engineCost.events;
  results.baseline_history_events_per_customer = baselineCost.events;
}

export async function benchEngine(results: Record<string, number>, options: { quick: boolean }): Promise<void> {
  const customers = options.quick ? 30 : 200;
  const rounds = options.quick ? 1 : 2;
  const cli = await provideTemporalBinary('temporal', temporalProvisionFromEnv());
  const database = await openBenchDatabase();
  try {
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cli } },
    });
    try {
      const runtimes = await loadRuntimeRegistry();
      const taskQueue = 'bench';
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowsPath: fileURLToPath(new URL('./bench.workflows.ts', import.meta.url)),
        activities: createJourneyActivities({ db: database.db, runtimes }),
        maxConcurrentActivityTaskExecutions: 50,
      });
      const setup = { db: database.db, client: env.client, registry: runtimes.nodes, taskQueue, waitSeconds: 1 };
      await worker.runUntil(async () => {
        const journey = await prepareSixStepJourney(setup);
        // Warm-up: JIT, connection pools and the workflow cache, for both contenders.
        await measureThroughput(setup, journey, 'engine', 10);
        await measureThroughput(setup, journey, 'baseline', 10);
        const engine: MeasuredBatch[] = [];
        const baseline: MeasuredBatch[] = [];
        // Alternate the contenders so drift on a shared machine hits both alike.
        for (let round = 0; round < rounds; round++) {
          baseline.push(await measureThroughput(setup, journey, 'baseline', customers));
          engine.push(await measureThroughput(setup, journey, 'engine', customers));
        }
        const perSecond = (batches: MeasuredBatch[]) => mean(batches.map((batch) => batch.perSecond));
        results.engine_throughput_per_s = perSecond(engine);
        results.baseline_throughput_per_s = perSecond(baseline);
        results.engine_vs_baseline_ratio = perSecond(engine) / perSecond(baseline);
        await measureActions(env.client, results, engine, baseline);
      });
    } finally {
      await env.teardown();
    }
  } finally {
    await database.close();
  }
  console.log(
    `database: ${database.kind}; ${customers} customers x ${rounds} rounds; six-step journey with a 1 s wait`,
  );
}
