// The journeys and segments the scale benchmark runs, and small helpers that watch the system.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { SegmentDefinition } from '@wayfarer/segments';
import { BROADCAST_BUCKETS } from './population';

/** "Bought at least twice in the last 30 days": the rule whose refresh is measured. */
export const repeatBuyers: SegmentDefinition = {
  name: 'Repeat buyers (30 days)',
  description: '',
  rule: { type: 'event', event: 'purchase', where: [], count: { op: 'gte', value: 2 }, withinDays: 30 },
};

/** One customer in ten: the audience parked in a wait by a broadcast. */
export const broadcastAudience: SegmentDefinition = {
  name: 'Broadcast audience',
  description: '',
  rule: { type: 'attribute', key: 'bucket', op: 'lt', value: BROADCAST_BUCKETS },
};

/** One customer in a hundred (as many as the bare starts): the audience of the quick run's broadcast. */
export const quickBroadcastAudience: SegmentDefinition = {
  name: 'Quick broadcast audience',
  description: '',
  rule: { type: 'attribute', key: 'bucket', op: 'lt', value: 1 },
};

/** broadcast trigger → wait 1 day → end, leaving on a purchase: customers park in the wait. */
export function parkingJourney(segmentId: string, name = 'Scale: wait a day'): JourneyGraphInput {
  return {
    name,
    nodes: [
      { id: 'broadcast', type: 'core.trigger.broadcast', data: { config: { segmentId } } },
      { id: 'wait', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
    settings: { exitOn: [{ event: 'purchase', where: [] }] },
  };
}

/** broadcast trigger → one LINE message for everyone → end: the multicast journey. */
export function multicastJourney(segmentId: string, channel: string): JourneyGraphInput {
  return {
    name: 'Scale: multicast',
    nodes: [
      { id: 'broadcast', type: 'core.trigger.broadcast', data: { config: { segmentId } } },
      {
        id: 'send',
        type: 'core.send',
        data: { config: { channel, name: 'Weekend sale', body: 'Weekend sale: 20% off' } },
      },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: 'broadcast', sourceHandle: 'out', target: 'send' },
      { id: 'e2', source: 'send', sourceHandle: 'sent', target: 'end' },
    ],
  };
}

/** Customers of the journey who have reached its wait (their `entered` step event is written). */
export async function countWaiting(db: Db, journeyId: string): Promise<number> {
  const { rows } = await sql<{ count: string }>`select count(*) from step_events
    where journey_id = ${journeyId}::uuid and step_id = 'wait' and kind = 'entered'`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/** Resident memory of a process in MiB (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

/**
 * The process's resident memory once it has stopped moving (two readings a second apart within 1 %,
 * at most 20 s): a figure taken while the worker still finishes workflow tasks would be arbitrary.
 */
export async function settledRssMiB(pid: number): Promise<number> {
  let last = rssMiB(pid);
  for (let reading = 0; reading < 20; reading++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = rssMiB(pid);
    if (Math.abs(now - last) / last < 0.01) return now;
    last = now;
  }
  return last;
}

/** Polls `read` until it returns at least `target`; logs progress; fails after `limitMs`. */
export async function waitForCount(
  label: string,
  read: () => Promise<number>,
  target: number,
  limitMs: number,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  let lastLog = 0;
  for (;;) {
    const count = await read();
    if (count >= target) return;
    if (Date.now() > deadline) throw new Error(`${label}: ${count} of ${target} after ${limitMs / 1000} s`);
    if (Date.now() - lastLog > 30_000) {
      console.log(`  ${label}: ${count.toLocaleString('en')} of ${target.toLocaleString('en')}`);
      lastLog = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** `work` over every item with at most `limit` calls in flight. */
export async function forEachInParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
