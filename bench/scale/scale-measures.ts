// The scale benchmark's measurements, each on the shared population and Temporal dev server.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { sql } from 'kysely';
import { createBroadcast, insertEvent, type Db } from '@wayfarer/db';
import type { JourneyIR } from '@wayfarer/journey';
import { refreshSegment, type RoutingDeps } from '@wayfarer/routing';
import {
  BROADCAST_WORKFLOW,
  broadcastWorkflowId,
  JOURNEY_WORKFLOW,
  journeyWorkflowId,
  type BroadcastProgress,
  type BroadcastWorkflow,
  type JourneyWorkflow,
  type JourneyWorkflowInput,
} from '@wayfarer/workflows';
import { BROADCAST_BUCKETS } from './population';
import { routeOneEvent } from './route-one';
import { forEachInParallel, percentile } from './scale-fixtures';

export interface ScaleContext {
  db: Db;
  workspaceId: string;
  client: Client;
  taskQueue: string;
  routing: RoutingDeps;
  /** What the router did with the signals, counted by its observer. */
  signals: { signalled: number; skipped: number };
}

export interface PublishedJourney {
  journeyId: string;
  versionId: string;
  ir: JourneyIR;
}

/** Starts in flight at once, for bare starts and for broadcast entries alike. */
export const START_CONCURRENCY = 64;

/**
 * The hourly refresh's work for one segment (what its activity runs): evaluates the rule over every
 * customer of the workspace, stores the entries and exits and routes them. Returns seconds.
 */
export async function refreshOneSegment(ctx: ScaleContext, segmentId: string): Promise<number> {
  const started = performance.now();
  const diff = await refreshSegment(ctx.routing, segmentId);
  const seconds = (performance.now() - started) / 1000;
  console.log(`  refresh: ${diff.entered.length.toLocaleString('en')} entered in ${seconds.toFixed(1)} s`);
  return seconds;
}

/**
 * Bare `client.workflow.start` of the journey for `count` customers of `buckets` (enrollments
 * written first, in one statement), START_CONCURRENCY in flight; returns starts per second.
 */
export async function measureBareStarts(
  ctx: ScaleContext,
  journey: PublishedJourney,
  buckets: { from: number; to: number },
  count: number,
): Promise<number> {
  const entryStepId = journey.ir.start[0] ?? '';
  const { rows } = await sql<{ id: string; customerId: string; workflowId: string }>`
    insert into enrollments (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id)
    select workspace_id, ${journey.journeyId}::uuid, ${journey.versionId}::uuid, id,
      'journey:' || ${journey.journeyId} || ':customer:' || id, ${entryStepId}
    from customers where workspace_id = ${ctx.workspaceId}::uuid
      and (attributes ->> 'bucket')::int between ${buckets.from} and ${buckets.to - 1}
    order by id limit ${count}
    returning id, customer_id as "customerId", workflow_id as "workflowId"`.execute(ctx.db);
  const started = performance.now();
  await forEachInParallel(rows, START_CONCURRENCY, async (row) => {
    const input: JourneyWorkflowInput = {
      irVersion: journey.ir.irVersion,
      workspaceId: ctx.workspaceId,
      journeyId: journey.journeyId,
      journeyVersionId: journey.versionId,
      customerId: row.customerId,
      enrollmentId: row.id,
      entryStepId,
      entryEvent: null,
      ir: journey.ir,
    };
    if (row.workflowId !== journeyWorkflowId(journey.journeyId, row.customerId)) throw new Error('workflow id drift');
    await ctx.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue: ctx.taskQueue,
      workflowId: row.workflowId,
      args: [input],
    });
  });
  return rows.length / ((performance.now() - started) / 1000);
}

/**
 * Running enrollment rows of the journey for customers not in it yet, until it has `total`: the
 * rows the router reads per event, without workflows behind them (a signal to one would find none).
 * Customers outside the broadcast audience first, so a broadcast afterwards still enters its own.
 */
export async function fillRunningRows(ctx: ScaleContext, journey: PublishedJourney, total: number): Promise<number> {
  const { rows } = await sql<{ count: string }>`select count(*) from enrollments
    where journey_id = ${journey.journeyId}::uuid and status = 'running'`.execute(ctx.db);
  const missing = Math.max(0, total - Number(rows[0]?.count ?? 0));
  await sql`insert into enrollments (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id)
    select c.workspace_id, ${journey.journeyId}::uuid, ${journey.versionId}::uuid, c.id,
      'journey:' || ${journey.journeyId} || ':customer:' || c.id, ${journey.ir.start[0] ?? ''}
    from customers c where c.workspace_id = ${ctx.workspaceId}::uuid
      and not exists (select 1 from enrollments e where e.journey_id = ${journey.journeyId}::uuid and e.customer_id = c.id)
    order by (c.attributes ->> 'bucket')::int < ${BROADCAST_BUCKETS}
    limit ${missing}`.execute(ctx.db);
  await sql`analyze enrollments`.execute(ctx.db);
  return missing;
}

/** Broadcasts the live journey to its segment as fast as allowed; returns the final progress and seconds. */
export async function runBroadcast(
  ctx: ScaleContext,
  journey: PublishedJourney,
  segmentId: string,
): Promise<{ progress: BroadcastProgress; seconds: number }> {
  const broadcast = await createBroadcast(ctx.db, {
    workspaceId: ctx.workspaceId,
    journeyId: journey.journeyId,
    journeyVersionId: journey.versionId,
    segmentId,
    scheduledAt: new Date(),
    ratePerSecond: 100_000,
    batchSize: 500,
  });
  const started = performance.now();
  const progress = await ctx.client.workflow.execute<BroadcastWorkflow>(BROADCAST_WORKFLOW, {
    taskQueue: ctx.taskQueue,
    workflowId: broadcastWorkflowId(broadcast.id),
    args: [{ broadcastId: broadcast.id, scheduledAt: new Date().toISOString() }],
  });
  return { progress, seconds: (performance.now() - started) / 1000 };
}

export interface RoutingFigures {
  p50: number;
  p99: number;
  signalled: number;
  skipped: number;
}

/**
 * Stores and routes `samples` events, one at a time, as the router does each (entries, signals,
 * the customer's segments), for customers parked in the journey: one in ten a purchase (its exit
 * event, signalled), the rest page and product views (no journey uses them: skipped).
 */
export async function measureRouting(ctx: ScaleContext, journeyId: string, samples: number): Promise<RoutingFigures> {
  const { rows } = await sql<{ customerId: string }>`select e.customer_id as "customerId" from enrollments e
    where e.journey_id = ${journeyId}::uuid and e.status = 'running'
      and exists (select 1 from step_events s where s.enrollment_id = e.id and s.step_id = 'wait')
    order by random() limit ${samples}`.execute(ctx.db);
  const before = { ...ctx.signals };
  const times: number[] = [];
  for (const [index, { customerId }] of rows.entries()) {
    const name = index % 10 === 0 ? 'purchase' : index % 10 < 4 ? 'product_viewed' : 'page_viewed';
    const { event } = await insertEvent(ctx.db, {
      workspaceId: ctx.workspaceId,
      customerId,
      messageId: `route-${randomUUID()}`,
      kind: 'track',
      name,
      properties: name === 'purchase' ? { amount: 250 } : {},
      timestamp: new Date(),
    });
    const started = performance.now();
    await routeOneEvent(ctx.routing, event);
    times.push(performance.now() - started);
  }
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    signalled: ctx.signals.signalled - before.signalled,
    skipped: ctx.signals.skipped - before.skipped,
  };
}
