import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { countRateLimitHit, deleteEndedRateLimitWindows, type Db } from '@wayfarer/db';

// Ended windows are deleted now and then, after this many hits of this process.
const CLEANUP_EVERY_HITS = 1_000;

/**
 * A store for @fastify/rate-limit that counts in Postgres (`rate_limit_windows`), so a limit holds
 * across every server process, not per process: one atomic upsert per request, fixed windows
 * starting at a key's first hit (as the library's own LocalStore).
 */
export function postgresRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let hits = 0;
  const store: FastifyRateLimitStore = {
    incr(key, callback, timeWindow?: number) {
      hits += 1;
      if (hits % CLEANUP_EVERY_HITS === 0) {
        void deleteEndedRateLimitWindows(db, new Date(Date.now() - 60_000)).catch(() => undefined);
      }
      countRateLimitHit(db, key, timeWindow ?? 60_000).then(
        (hit) => callback(null, { current: hit.count, ttl: Math.max(0, hit.resetsAt.getTime() - Date.now()) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
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
