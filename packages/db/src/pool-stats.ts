import type pg from 'pg';

/** Connections of one pool: open, idle, and requests waiting for one (for metrics). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const pools = new WeakMap<object, pg.Pool>();

/** Remembers the pool behind a Kysely instance, so {@link poolStats} can read it. */
export function rememberPool(db: object, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** The pool's use right now; undefined for a db not made by createDb. */
export function poolStats(db: object): PoolStats | undefined {
  const pool = pools.get(db);
  if (pool === undefined) return undefined;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
}
