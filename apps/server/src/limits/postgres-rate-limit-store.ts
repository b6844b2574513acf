import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { countRateLimitHit, deleteEndedRateLimitWindows, type Db } from '@wayfarer/db';

// Ended windows are deleted now and then, after this many hits of this process.
const CLEANUP_EVERY_HITS = 1_000;

type HitCallback = Parameters<FastifyRateLimitStore['incr']>[1];

/** Hits of one key waiting for the statement in flight for that key to finish. */
interface KeyQueue {
  windowMs: number;
  waiting: HitCallback[];
  counting: boolean;
}

/**
 * A store for @fastify/rate-limit that counts in Postgres (`rate_limit_windows`), so a limit holds
 * across every server process, not per process: fixed windows starting at a key's first hit (as
 * the library's own LocalStore). Hits of one key that arrive while its upsert is in flight are
 * counted together by the next one, each answered with the count it made: concurrent requests of
 * one API key no longer queue on that key's row lock one commit at a time (bench: ingest).
 */
export function postgresRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let hits = 0;
  const queues = new Map<string, KeyQueue>();

  const countWaiting = async (key: string, queue: KeyQueue): Promise<void> => {
    while (queue.waiting.length > 0) {
      const callbacks = queue.waiting;
      queue.waiting = [];
      queue.counting = true;
      let counted: Awaited<ReturnType<typeof countRateLimitHit>> | Error;
      try {
        counted = await countRateLimitHit(db, key, queue.windowMs, callbacks.length);
      } catch (error) {
        counted = error instanceof Error ? error : new Error(String(error));
      }
      if (counted instanceof Error) {
        for (const callback of callbacks) callback(counted);
        continue;
      }
      const ttl = Math.max(0, counted.resetsAt.getTime() - Date.now());
      const first = counted.count - callbacks.length + 1;
      callbacks.forEach((callback, index) => callback(null, { current: first + index, ttl }));
    }
    queue.counting = false;
    queues.delete(key);
  };

  const store: FastifyRateLimitStore = {
    incr(key, callback, timeWindow?: number) {
      hits += 1;
      if (hits % CLEANUP_EVERY_HITS === 0) {
        void deleteEndedRateLimitWindows(db, new Date(Date.now() - 60_000)).catch(() => undefined);
      }
      const queue = queues.get(key) ?? { windowMs: timeWindow ?? 60_000, waiting: [], counting: false };
      queues.set(key, queue);
      queue.waiting.push(callback);
      if (!queue.counting) void countWaiting(key, queue);
    },
    // Route-level options add nothing the keys do not already say: one store serves all.
    child: () => store,
  };
  return class {
    constructor() {
      return store;
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
