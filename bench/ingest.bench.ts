// Ingest benchmark: `POST /v1/track` events that start a journey, against the real server process,
// beside bare `client.workflow.start` of the same workflows on the same Temporal dev server.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Db } from '@wayfarer/db';
import { JOURNEY_WORKFLOW, type JourneyWorkflow } from '@wayfarer/workflows';
import { mean, percentile, runPool } from './ingest-load';
import { prepareBareStarts, purchaseMessage, type IngestTarget } from './ingest-setup';

export interface IngestBenchContext {
  db: Db;
  client: Client;
  taskQueue: string;
  /** The server process's base URL. */
  serverUrl: string;
  target: IngestTarget;
  concurrency: number;
}

export interface IngestRound {
  eventsPerSecond: number;
  /** Per event: POST sent → its answer, in ms. */
  answerMs: number[];
  /** Per event: POST sent → Temporal's start time of the workflow it caused, in ms. */
  latenciesMs: number[];
}

async function postTrack(context: IngestBenchContext, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${context.serverUrl}/v1/track`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.target.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { eventId?: string };
  // A refused or failed event is not throughput: the run is void.
  if (response.status !== 200 || answer.eventId === undefined) {
    throw new Error(`POST /v1/track answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer.eventId;
}

/**
 * The enrollment of every event, once the server's router has routed them all (it routes after
 * answering, and marks an event routed after its journey's workflow started).
 */
async function enrollmentsOf(context: IngestBenchContext, eventIds: string[]) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const routed = await context.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('id', 'in', eventIds)
      .where('routedAt', 'is not', null)
      .executeTakeFirstOrThrow();
    if (Number(routed.count) === eventIds.length) break;
    if (Date.now() > deadline) throw new Error(`${routed.count} of ${eventIds.length} events were routed in 120 s.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const enrollments = await context.db
    .selectFrom('enrollments')
    .select(['workflowId', 'entryEventId'])
    .where('entryEventId', 'in', eventIds)
    .execute();
  if (enrollments.length !== eventIds.length) {
    throw new Error(`${eventIds.length} events entered ${enrollments.length} journeys; expected one each.`);
  }
  return enrollments;
}

/** Temporal's start time (server clock, same host) of the workflow each event's enrollment runs. */
async function workflowStartTimes(context: IngestBenchContext, eventIds: string[]): Promise<Map<string, number>> {
  const enrollments = await enrollmentsOf(context, eventIds);
  const started = new Map<string, number>();
  await Promise.all(
    enrollments.map(async ({ workflowId, entryEventId }) => {
      const description = await context.client.workflow.getHandle(workflowId).describe();
      if (entryEventId !== null) started.set(entryEventId, description.startTime.getTime());
    }),
  );
  return started;
}

/**
 * Sends `count` purchases by distinct customers, `concurrency` at a time. Throughput counts the
 * events over the wall time from the first send until the later of the last 200 and the last
 * workflow start (accepted and routed).
 */
export async function measureIngest(context: IngestBenchContext, count: number): Promise<IngestRound> {
  const label = `ingest-${randomUUID().slice(0, 8)}`;
  const sentAt = new Map<string, number>();
  const answerMs: number[] = [];
  const begin = Date.now();
  await runPool(count, context.concurrency, async (index) => {
    const sent = Date.now();
    sentAt.set(await postTrack(context, purchaseMessage(label, index)), sent);
    answerMs.push(Date.now() - sent);
  });
  const lastAnswer = Date.now();
  const started = await workflowStartTimes(context, [...sentAt.keys()]);
  const end = Math.max(lastAnswer, ...started.values());
  const latenciesMs = [...sentAt].map(([eventId, sent]) => (started.get(eventId) ?? Number.NaN) - sent);
  return { eventsPerSecond: count / ((end - begin) / 1000), answerMs, latenciesMs };
}

/** Starts `count` journey workflows of the same shape directly, `concurrency` at a time; per second. */
export async function measureBareStart(context: IngestBenchContext, count: number): Promise<number> {
  const label = `bare-${randomUUID().slice(0, 8)}`;
  const starts = await prepareBareStarts(context.db, context.target, label, count, context.concurrency);
  const begin = Date.now();
  await runPool(count, context.concurrency, async (index) => {
    const { workflowId, input } = starts[index] ?? {};
    if (workflowId === undefined || input === undefined) throw new Error(`No start prepared for ${index}.`);
    // The options routing starts a journey with.
    await context.client.workflow.start<JourneyWorkflow>(JOURNEY_WORKFLOW, {
      taskQueue: context.taskQueue,
      workflowId,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  });
  return count / ((Date.now() - begin) / 1000);
}

/**
 * Posts one `/v1/batch` of `size` purchases by new customers and times the answer (stored, routing
 * left to the router); then waits until all of them entered their journey, so the next batch does
 * not share the machine with this one's routing.
 */
export async function measureBatch(context: IngestBenchContext, size: number): Promise<number> {
  const label = `batch-${randomUUID().slice(0, 8)}`;
  const batch = Array.from({ length: size }, (_, index) => ({ type: 'track', ...purchaseMessage(label, index) }));
  const begin = performance.now();
  const response = await fetch(`${context.serverUrl}/v1/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${context.target.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ batch }),
  });
  const answer = (await response.json()) as { results?: { eventId: string }[] };
  const elapsed = performance.now() - begin;
  if (response.status !== 200 || answer.results?.length !== size) {
    throw new Error(`POST /v1/batch answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  await enrollmentsOf(
    context,
    answer.results.map((result) => result.eventId),
  );
  return elapsed;
}

export interface IngestFigures {
  ingest_events_per_s: number;
  workflow_start_per_s: number;
  ingest_vs_start_ratio: number;
  ingest_p50_ms: number;
  ingest_p99_ms: number;
  /** Median answer time of a 500-call `/v1/batch` of new customers (goal < 1,000 ms). */
  ingest_batch_500_ms: number;
}

/** Warm-up, then `rounds` of ingest and bare alternately, so drift hits both alike. */
export async function compareIngestToStart(
  context: IngestBenchContext,
  options: { count: number; rounds: number; warmUp: number },
): Promise<IngestFigures> {
  await measureIngest(context, options.warmUp);
  await measureBareStart(context, options.warmUp);
  const ingest: IngestRound[] = [];
  const bare: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    ingest.push(await measureIngest(context, options.count));
    bare.push(await measureBareStart(context, options.count));
    const last = ingest[round];
    const answered = last ? percentile(last.answerMs, 50) : Number.NaN;
    console.log(
      `ingest round ${round + 1}: ${last?.eventsPerSecond.toFixed(1)} events/s (answers p50 ${answered} ms); ` +
        `bare start ${bare[round]?.toFixed(1)}/s`,
    );
  }
  const eventsPerSecond = mean(ingest.map((round) => round.eventsPerSecond));
  const latencies = ingest.flatMap((round) => round.latenciesMs);
  const batches: number[] = [];
  for (let batch = 0; batch < 3; batch++) batches.push(await measureBatch(context, 500));
  return {
    ingest_batch_500_ms: percentile(batches, 50),
    ingest_events_per_s: eventsPerSecond,
    workflow_start_per_s: mean(bare),
    ingest_vs_start_ratio: eventsPerSecond / mean(bare),
    ingest_p50_ms: percentile(latencies, 50),
    ingest_p99_ms: percentile(latencies, 99),
  };
}
