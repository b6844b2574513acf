/** Connections of one pool: open, idle, and requests waiting for one (for metrics). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

const pools = new WeakMap<object, { stats(): PoolStats }>();

/** Remembers the pool behind a Kysely instance, so {@link poolStats} can read it. */
export function rememberPool(db: object, pool: { stats(): PoolStats }): void {
  pools.set(db, pool);
}

/** The pool's use right now; undefined for a db not made by createDb. */
export function poolStats(db: object): PoolStats | undefined {
  return pools.get(db)?.stats();
}
