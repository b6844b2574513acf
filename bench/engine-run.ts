// `npm run bench -- --only=engine`: the six-step journey through the engine beside the same journey
// hand-written as a Temporal workflow, on one Temporal dev server and one database.
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { createJourneyActivities } from '@wayfarer/worker';
import { openBenchDatabase } from './bench-database';
import { measureThroughput, prepareSixStepJourney } from './engine.bench';

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
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
        const engine: number[] = [];
        const baseline: number[] = [];
        // Alternate the contenders so drift on a shared machine hits both alike.
        for (let round = 0; round < rounds; round++) {
          baseline.push(await measureThroughput(setup, journey, 'baseline', customers));
          engine.push(await measureThroughput(setup, journey, 'engine', customers));
        }
        results.engine_throughput_per_s = mean(engine);
        results.baseline_throughput_per_s = mean(baseline);
        results.engine_vs_baseline_ratio = mean(engine) / mean(baseline);
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
