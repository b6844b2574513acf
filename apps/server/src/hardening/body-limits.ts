// Request body limits per API: the UI's tRPC calls carry whole journey graphs (up to 1 MiB); one
// ingest request is a customer event or a batch of them (up to 500 KiB). Over the limit the answer
// is 413 with the reason (Fastify's FST_ERR_CTP_BODY_TOO_LARGE, or the ingest API's own shape).
import type { FastifyInstance } from 'fastify';

/** Largest tRPC request body (and the server's default). */
export const TRPC_BODY_LIMIT = 1024 * 1024;
/** Largest ingest API request body. */
export const INGEST_BODY_LIMIT = 500 * 1024;

/** Gives the ingest routes (`/v1/…`) their smaller limit; call before any route is registered. */
export function applyIngestBodyLimit(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/v1/') && route.bodyLimit === undefined) route.bodyLimit = INGEST_BODY_LIMIT;
  });
}
