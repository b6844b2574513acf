// `npm run bench [-- --quick] [-- --only=compile,engine,editor,ingest,send,simulation]`: engine throughput beside a
// hand-written workflow on the Temporal dev server, compile time of a 1,000-node graph, and the
// editor in headless Chromium (opening a 1,000-node journey, dragging a node), and ingest (events
// through the API server into journey starts, beside bare workflow starts), and a 30-day journey
// simulated on the time-skipping server (simulation.bench.ts). Prints the figures
// and writes them to bench/results.json as { name: number }.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { findTemporalCli, loadRuntimeRegistry, TEMPORAL_INSTALL_HINT } from '@wayfarer/config';
import { createJourneyActivities } from '@wayfarer/worker';
import { openBenchDatabase } from './bench-database';
import { measureCompile } from './compile.bench';
import { benchEditor } from './editor.bench';
import { measureThroughput, prepareSixStepJourney } from './engine.bench';
import { benchIngest } from './ingest-run';
import { benchSend } from './send.bench';
import { benchSimulation } from './simulation.bench';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = new Set(
  onlyArg === undefined
    ? ['compile', 'engine', 'editor', 'ingest', 'send', 'simulation']
    : onlyArg.slice('--only='.length).split(','),
);
const customers = quick ? 30 : 200;
const rounds = quick ? 1 : 2;
const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

async function benchEngine(results: Record<string, number>): Promise<void> {
  const cli = findTemporalCli();
  if (!cli) throw new Error(TEMPORAL_INSTALL_HINT);
  const database = await openBenchDatabase();
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
      console.log(
        `database: ${database.kind}; ${customers} customers x ${rounds} rounds; six-step journey with a 1 s wait`,
      );
    });
  } finally {
    await env.teardown();
    await database.close();
  }
}

async function main(): Promise<void> {
  // Progress lines from the SDK would drown the figures.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const results: Record<string, number> = {};
  const runtimes = await loadRuntimeRegistry();
  if (only.has('compile')) results.compile_1000_nodes_ms = measureCompile(runtimes.nodes, 1000, quick ? 10 : 30);
  if (only.has('engine')) await benchEngine(results);
  if (only.has('editor')) await benchEditor(results, { quick });
  if (only.has('ingest')) await benchIngest(results, { quick });
  if (only.has('send')) await benchSend(results, runtimes, { quick });
  if (only.has('simulation')) await benchSimulation(results, runtimes, { quick });
  console.table(Object.entries(results).map(([name, value]) => ({ name, value: Number(value.toFixed(3)) })));
  console.log(
    `goals: engine_vs_baseline_ratio >= 0.9, compile_1000_nodes_ms < 20, editor_open_1000_ms < 1500, editor_drag_fps >= 30, ingest_vs_start_ratio >= 0.8, simulation_30d_ms < 5000`,
  );
  mkdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true });
  let previous: Record<string, number> = {};
  try {
    previous = JSON.parse(readFileSync(resultsPath, 'utf8')) as Record<string, number>;
  } catch {
    previous = {};
  }
  writeFileSync(resultsPath, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
}

await main();
