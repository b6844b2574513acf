// `npm run bench [-- --quick] [-- --only=compile,engine,editor,ingest,send,simulation,scale,import,retention]`
// [-- --refresh-only: the scale group stops after its segment refresh]: engine throughput beside a
// hand-written workflow on the Temporal dev server, compile time of a 1,000-node graph, and the
// editor in headless Chromium (opening a 1,000-node journey, dragging a node), and ingest (events
// through the API server into journey starts, beside bare workflow starts), and a 30-day journey
// simulated on the time-skipping server (simulation.bench.ts), and a population of a million
// customers generated in Postgres (scale/scale-run.ts; 100k with --quick), and a customer import of a
// generated 100k-row file (import/import-run.ts; 20k with --quick, IMPORT_ROWS=n), and the retention
// job's batched deletes of 600k old step events and messages (retention.bench.ts; 60k with --quick). Each group runs on its own: one that
// fails (or overruns its time) is reported and the others' figures are kept. Prints the figures and
// writes them to bench/results.json (results-file.ts); exits non-zero when a group failed.
import { fileURLToPath } from 'node:url';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { measureCompile } from './compile.bench';
import { benchEditor } from './editor.bench';
import { benchEngine } from './engine-run';
import { benchImport, importRows } from './import/import-run';
import { benchIngest } from './ingest-run';
import { currentLoad, describeMachine, writeResults, type GroupOutcome } from './results-file';
import { benchRetention } from './retention.bench';
import { benchScale } from './scale/scale-run';
import { benchSend } from './send.bench';
import { benchSimulation } from './simulation.bench';

type Figures = Record<string, number>;

const quick = process.argv.includes('--quick');
const groups: Record<string, (figures: Figures) => Promise<void>> = {
  compile: async (figures) => {
    figures.compile_1000_nodes_ms = measureCompile((await loadRuntimeRegistry()).nodes, 1000, quick ? 10 : 30);
  },
  engine: (figures) => benchEngine(figures, { quick }),
  editor: (figures) => benchEditor(figures, { quick }),
  ingest: (figures) => benchIngest(figures, { quick }),
  send: async (figures) => benchSend(figures, await loadRuntimeRegistry(), { quick }),
  simulation: async (figures) => benchSimulation(figures, await loadRuntimeRegistry(), { quick }),
  scale: (figures) => benchScale(figures, { quick, refreshOnly: process.argv.includes('--refresh-only') }),
  import: (figures) => benchImport(figures, { quick }),
  retention: async (figures) => benchRetention(figures, await loadRuntimeRegistry(), { quick }),
};
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const selected = onlyArg === undefined ? Object.keys(groups) : onlyArg.slice('--only='.length).split(',');
// A group that hangs must not hold up the others (or CI) for ever.
// The scale group writes its population first (the full one 20M events, parking 100k customers).
// The import group's grows with IMPORT_ROWS: at least 500 rows a second (a 1M-row run: 33 minutes).
const groupLimitMs = (name: string): number =>
  name === 'import'
    ? Math.max((quick ? 4 : 12) * 60_000, 2 * importRows(quick))
    : (name === 'scale' ? (quick ? 8 : 120) : quick ? 4 : 12) * 60_000;
const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));

function withinLimit(name: string, work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limitMs = groupLimitMs(name);
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} overran ${limitMs / 60_000} minutes`)), limitMs);
  });
  return Promise.race([work, overrun]).finally(() => clearTimeout(timer));
}

async function runGroup(name: string): Promise<GroupOutcome> {
  const run = groups[name];
  const at = new Date().toISOString();
  if (run === undefined) {
    return { at, load: currentLoad(), error: `no benchmark group "${name}" (${Object.keys(groups).join(', ')})` };
  }
  const figures: Figures = {};
  console.log(`\n== ${name}`);
  try {
    await withinLimit(name, run(figures));
    return { at, load: currentLoad(), figures };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name} failed: ${message}`);
    return { at, load: currentLoad(), error: message };
  }
}

async function main(): Promise<number> {
  // Progress lines from the SDK would drown the figures.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const outcomes: Record<string, GroupOutcome> = {};
  for (const name of selected) outcomes[name] = await runGroup(name);
  const rows = Object.entries(outcomes).flatMap(
    ([group, outcome]): { group: string; name: string; value: number | string }[] =>
      'figures' in outcome
        ? Object.entries(outcome.figures).map(([name, value]) => ({ group, name, value: Number(value.toFixed(3)) }))
        : [{ group, name: 'FAILED', value: outcome.error.split('\n')[0] ?? '' }],
  );
  console.table(rows);
  console.log(
    `machine: ${describeMachine()}; 1-minute load average at the end of each group: ${Object.entries(outcomes)
      .map(([group, outcome]) => `${group} ${outcome.load}`)
      .join(', ')}`,
  );
  console.log(
    `goals: engine_vs_baseline_ratio >= 0.9, compile_1000_nodes_ms < 20, editor_open_1000_ms < 1500, editor_drag_fps >= 30, ingest_vs_start_ratio >= 0.8, simulation_30d_ms < 5000, import_rows_per_s >= 5000; ` +
      `segment_refresh_1m_s < 60, route_event_p99_ms < 50 (100k running enrollments), ` +
      `broadcast_vs_start_ratio >= 0.8, worker_rss_parked_growth <= 1.2 (RSS with 3k, or 20k in the full run, parked / with 1k), actions_per_customer_vs_baseline <= 1.1`,
  );
  writeResults(resultsPath, outcomes);
  return Object.values(outcomes).some((outcome) => 'error' in outcome) ? 1 : 0;
}

// Exits explicitly: a group that overran may still hold timers or connections open.
process.exit(await main());
