// `npm run bench -- --only=scale`: a population generated in Postgres (1M customers and 20M
// events; `--quick` 100k and 500k), a Temporal dev server and the production worker as its own
// process, then: the segment refresh's time over the population, bare workflow starts parking
// customers in a wait (and the worker's memory with them parked), and the router's cost per event
// with 100k running enrollments of a journey (rows; those sampled have workflows). Without
// --quick then also a broadcast parking a tenth of the population, and the worker's memory then.
// `--refresh-only` stops after the refresh's figure (a 1M population's other measures take long).
import { randomBytes, randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { lineChannel } from '@wayfarer/channels';
import { loadRuntimeRegistry } from '@wayfarer/config';
import { createSegment, createVersionCache, createWorkspace, type Db } from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import { provideTemporalBinary, temporalProvisionFromEnv } from '@wayfarer/provision';
import { startAppProcess, type AppProcess } from '../../test/support/app-processes';
import { publishGraph } from '../../test/support/publish-graph';
import { bundleJourneyWorkflows } from '../../test/support/temporal';
import { openBenchDatabase } from '../bench-database';
import { measureMulticast } from './multicast-measure';
import { BROADCAST_BUCKETS, generatePopulation } from './population';
import {
  broadcastAudience,
  countWaiting,
  multicastJourney,
  parkingJourney,
  quickBroadcastAudience,
  repeatBuyers,
  rssMiB,
  settledRssMiB,
  waitForCount,
} from './scale-fixtures';
import {
  fillRunningRows,
  measureBareStarts,
  measureRouting,
  refreshOneSegment,
  runBroadcast,
  type ScaleContext,
} from './scale-measures';

type Figures = Record<string, number>;

/** 1_000_000 → "1m", 100_000 → "100k": figure names carry the population they were measured on. */
export function sizeLabel(count: number): string {
  return count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1_000}k`;
}

function scaleSize(quick: boolean, refreshOnly: boolean) {
  return {
    refreshOnly,
    customers: Number(process.env.SCALE_CUSTOMERS ?? (quick ? 100_000 : 1_000_000)),
    eventsPerCustomer: quick ? 5 : 20,
    parked: 1_000,
    /** Parked in all once more are added: past the worker's workflow cache, memory should stay flat. */
    parkedMore: quick ? 3_000 : 20_000,
    runningRows: 100_000,
    routingSamples: quick ? 300 : 1_000,
    broadcast: !quick,
  };
}
type ScaleSize = ReturnType<typeof scaleSize>;

interface ScaleDeps {
  size: ScaleSize;
  registry: Awaited<ReturnType<typeof loadRuntimeRegistry>>['nodes'];
  worker: AppProcess;
}

/** Waits until the worker has parked `count` customers in the journey's wait; its settled memory. */
async function parkedMemory(ctx: ScaleContext, worker: AppProcess, journeyId: string, count: number): Promise<number> {
  await waitForCount('parked', () => countWaiting(ctx.db, journeyId), count, Math.max(120_000, count * 100));
  const rss = await settledRssMiB(worker.pid ?? 0);
  console.log(`  worker memory with ${count.toLocaleString('en')} parked: ${rss.toFixed(0)} MiB`);
  return rss;
}

async function measure(ctx: ScaleContext, deps: ScaleDeps, figures: Figures): Promise<void> {
  const { size } = deps;
  const repeat = await createSegment(ctx.db, ctx.workspaceId, repeatBuyers);
  figures[`segment_refresh_${sizeLabel(size.customers)}_s`] = await refreshOneSegment(ctx, repeat.id);
  if (size.refreshOnly) return;

  const audience = await createSegment(ctx.db, ctx.workspaceId, broadcastAudience);
  const parking = await publishGraph(ctx.db, deps.registry, {
    workspaceId: ctx.workspaceId,
    name: 'Scale: wait a day',
    graph: parkingJourney(audience.id),
  });
  figures.workflow_start_per_s = await measureBareStarts(ctx, parking, { from: 20, to: 30 }, size.parked);
  // SCALE_PARTS=broadcast: the start rate, broadcast entry and multicast only (quick iterations on them).
  console.log(`  bare starts: ${figures.workflow_start_per_s.toFixed(1)}/s`);
  if (process.env.SCALE_PARTS === 'broadcast') {
    await measureMulticastDelivery(ctx, deps, figures);
    await measureQuickBroadcast(ctx, deps, figures);
    return;
  }
  figures[`worker_rss_${sizeLabel(size.parked)}_parked_mb`] = await parkedMemory(
    ctx,
    deps.worker,
    parking.journeyId,
    size.parked,
  );

  await measureBareStarts(ctx, parking, { from: 30, to: 40 }, size.parkedMore - size.parked);
  const moreParkedMb = await parkedMemory(ctx, deps.worker, parking.journeyId, size.parkedMore);
  figures[`worker_rss_${sizeLabel(size.parkedMore)}_parked_mb`] = moreParkedMb;
  // Goal ≤ 1.2: past the workflow cache, parked customers cost the worker no memory.
  figures.worker_rss_parked_growth = moreParkedMb / (figures[`worker_rss_${sizeLabel(size.parked)}_parked_mb`] ?? NaN);
  // The quick run broadcasts to a small audience of its own journey before the running rows take everyone.
  if (!size.broadcast) await measureQuickBroadcast(ctx, deps, figures);
  await measureMulticastDelivery(ctx, deps, figures);

  await fillRunningRows(ctx, parking, size.runningRows);
  figures.route_running_enrollments = size.runningRows;
  const routing = await measureRouting(ctx, parking.journeyId, size.routingSamples);
  figures.route_event_p50_ms = routing.p50;
  figures.route_event_p99_ms = routing.p99;
  figures.route_event_signalled = routing.signalled;
  figures.route_event_skipped = routing.skipped;
  console.log(`  routing: ${JSON.stringify(routing)}`);

  if (size.broadcast) {
    const members = Math.round((size.customers * BROADCAST_BUCKETS) / 100);
    await refreshOneSegment(ctx, audience.id);
    const parked = await runBroadcast(ctx, parking, audience.id);
    figures.broadcast_entry_per_s = parked.progress.enrolled / parked.seconds;
    figures.broadcast_vs_start_ratio = figures.broadcast_entry_per_s / figures.workflow_start_per_s;
    figures[`worker_rss_${sizeLabel(members)}_parked_mb`] = await parkedMemory(
      ctx,
      deps.worker,
      parking.journeyId,
      size.parkedMore + members,
    );
  }
}

/** Broadcast entry rate against the bare start rate of this run, on 1 % of the population. */
async function measureQuickBroadcast(ctx: ScaleContext, deps: ScaleDeps, figures: Figures): Promise<void> {
  const audience = await createSegment(ctx.db, ctx.workspaceId, quickBroadcastAudience);
  await refreshOneSegment(ctx, audience.id);
  const journey = await publishGraph(ctx.db, deps.registry, {
    workspaceId: ctx.workspaceId,
    name: 'Scale: quick broadcast',
    graph: parkingJourney(audience.id, 'Scale: quick broadcast'),
  });
  const run = await runBroadcast(ctx, journey, audience.id);
  figures.broadcast_entry_per_s = run.progress.enrolled / run.seconds;
  figures.broadcast_vs_start_ratio = figures.broadcast_entry_per_s / (figures.workflow_start_per_s ?? NaN);
  console.log(`  broadcast: ${run.progress.enrolled.toLocaleString('en')} entered in ${run.seconds.toFixed(1)} s`);
}

/** The first LINE send of a broadcast in bulk to the population's LINE friends (5 %). */
async function measureMulticastDelivery(ctx: ScaleContext, deps: ScaleDeps, figures: Figures): Promise<void> {
  const audience = await createSegment(ctx.db, ctx.workspaceId, {
    ...quickBroadcastAudience,
    name: 'Multicast audience',
  });
  const journey = await publishGraph(ctx.db, deps.registry, {
    workspaceId: ctx.workspaceId,
    name: 'Scale: multicast',
    graph: multicastJourney(audience.id, lineChannel.name),
  });
  const multicast = await measureMulticast(ctx, journey);
  figures.multicast_recipients_per_s = multicast.recipientsPerSecond;
  figures.multicast_requests = multicast.requests;
  console.log(`  multicast: ${JSON.stringify(multicast)}`);
}

/** Runs `steps` in order, each given what it needs to undo; undoes what was done, newest first, whatever happens. */
async function withCleanups(steps: (defer: (undo: () => Promise<unknown>) => void) => Promise<void>): Promise<void> {
  const undo: (() => Promise<unknown>)[] = [];
  try {
    await steps((step) => undo.unshift(step));
  } finally {
    for (const step of undo) await step().catch((error: unknown) => console.error('  cleanup failed:', error));
  }
}

async function populate(db: Db, size: ScaleSize, figures: Figures): Promise<string> {
  const workspace = await createWorkspace(db, 'scale');
  console.log(`  population: ${size.customers.toLocaleString('en')} customers, ${size.eventsPerCustomer} events each`);
  figures.population_customers = size.customers;
  figures.population_events = size.customers * size.eventsPerCustomer;
  figures.generate_population_s = await generatePopulation(db, workspace.id, size);
  return workspace.id;
}

export async function benchScale(figures: Figures, options: { quick: boolean; refreshOnly?: boolean }): Promise<void> {
  const size = scaleSize(options.quick, options.refreshOnly ?? false);
  const [cli, runtimes, bundle] = await Promise.all([
    provideTemporalBinary('temporal', temporalProvisionFromEnv()),
    loadRuntimeRegistry(),
    bundleJourneyWorkflows(),
  ]);
  await withCleanups(async (defer) => {
    const database = await openBenchDatabase();
    defer(() => database.close());
    const { db } = database;
    const workspaceId = await populate(db, size, figures);
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cli }, log: { format: 'pretty', level: 'never' } },
    });
    defer(() => env.teardown());
    const taskQueue = `scale-${randomUUID()}`;
    const worker = await startAppProcess('worker', {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_TASK_QUEUE: taskQueue,
      WORKFLOW_BUNDLE_PATH: bundle.codePath,
      WAYFARER_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    defer(() => worker.stop());
    figures.worker_rss_idle_mb = rssMiB(worker.pid ?? 0);
    const signals = { signalled: 0, skipped: 0 };
    const routing = {
      db,
      temporal: env.client,
      taskQueue,
      nodeTypes: runtimes.nodes,
      loadVersion: createVersionCache(db, (ir) => journeyIRSchema.parse(ir)),
      observe: {
        entered: () => undefined,
        signalled: (count: number) => (signals.signalled += count),
        skipped: (count: number) => (signals.skipped += count),
      },
    };
    const ctx: ScaleContext = { db, workspaceId, client: env.client, taskQueue, routing, signals };
    await measure(ctx, { size, registry: runtimes.nodes, worker }, figures);
  });
}
