import { METRICS_CONTENT_TYPE, metricsText, observePools, type Registry } from '@wayfarer/telemetry';
import { poolStats, type Db } from '@wayfarer/db';
import type { FastifyInstance } from 'fastify';

/**
 * `GET /metrics` in Prometheus text format: the server's own series (ingest, routing, rate limits),
 * its Postgres pool and Node's process metrics. Serve it on an internal network only.
 */
export function registerMetricsRoute(app: FastifyInstance, registry: Registry, db: Db): void {
  observePools(registry, { server: () => poolStats(db) });
  app.get('/metrics', { logLevel: 'warn' }, async (_request, reply) =>
    reply.header('content-type', METRICS_CONTENT_TYPE).send(await metricsText(registry)),
  );
}
