// How many workflows each workflow Worker keeps in memory (its sticky cache), sized from the memory
// the process may use. Only workflows in the middle of a step gain from staying cached; customers
// parked in a wait for days are most of a cache and gain nothing, since a wake-up replays a short
// history. Past the cache memory stays flat, so the cache is what the worker's memory is sized by.
import { totalmem } from 'node:os';

/**
 * What one cached journey workflow costs the worker, measured by the scale bench at 1,000 cached:
 * ~60 KB of its thread's heap (modules preloaded) and ~240 KB of the SDK core's native state and
 * the allocator around it.
 */
export const CACHED_WORKFLOW_BYTES = 300 * 1024;
/** Share of the process's memory the workflow caches of all its Workers may take together. */
export const WORKFLOW_CACHE_SHARE = 1 / 8;
/** Enough for the workflows in flight (activity slots, timers firing, signals) of a busy worker. */
export const MAX_CACHED_WORKFLOWS = 500;
export const MIN_CACHED_WORKFLOWS = 50;

/** The memory this process may use: its cgroup's limit when it has one, else the machine's. */
export function processMemoryBytes(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
}

/** Workflows each of `workflowWorkers` Workers caches: its share of the memory, within [50, 500]. */
export function defaultMaxCachedWorkflows(memoryBytes: number, workflowWorkers: number): number {
  const budget = (memoryBytes * WORKFLOW_CACHE_SHARE) / Math.max(1, workflowWorkers);
  return Math.min(MAX_CACHED_WORKFLOWS, Math.max(MIN_CACHED_WORKFLOWS, Math.floor(budget / CACHED_WORKFLOW_BYTES)));
}
