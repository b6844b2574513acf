import { Counter, Histogram, type Registry } from '@wayfarer/telemetry';
import type { FastifyInstance } from 'fastify';

/**
 * Counts every ingest request by route and status, and its latency, in the plugin scope it is
 * called in (429s included: the rate limit answers before the handler).
 */
export function recordIngestMetrics(app: FastifyInstance, registry: Registry): void {
  const requests = new Counter({
    name: 'wayfarer_ingest_requests_total',
    help: 'Ingest API requests by route and HTTP status',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'wayfarer_ingest_request_duration_seconds',
    help: 'Ingest API request latency by route, from the request to the answer',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unknown';
    requests.inc({ route, status: String(reply.statusCode) });
    latency.observe({ route }, reply.elapsedTime / 1000);
  });
}
