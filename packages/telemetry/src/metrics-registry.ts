import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/** One process's Prometheus registry, with Node's own metrics (CPU, memory, event loop lag). */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** What a connection pool reports (see `poolStats` in @wayfarer/db). */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** `wayfarer_db_pool_connections{pool, state}`: read from each pool whenever Prometheus scrapes. */
export function observePools(registry: Registry, pools: Record<string, () => PoolUse | undefined>): void {
  new Gauge({
    name: 'wayfarer_db_pool_connections',
    help: 'Postgres pool connections by state: total open, idle, waiting requests, and the maximum',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [pool, read] of Object.entries(pools)) {
        const use = read();
        if (use === undefined) continue;
        for (const state of ['total', 'idle', 'waiting', 'max'] as const) this.set({ pool, state }, use[state]);
      }
    },
  });
}
