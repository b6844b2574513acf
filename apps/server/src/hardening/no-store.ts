// API answers are never cached: some carry secrets shown once (a new API key from apiKeys.create /
// rotate, an invitation token), all carry one workspace's data. Marking every tRPC and /v1 answer
// `no-store` covers the secrets without a list to keep up to date; the web app's static files stay
// cacheable, and the app caches query results in memory, not in the HTTP cache.
import type { FastifyInstance } from 'fastify';

const api = /^\/(trpc|v1)(\/|$)/;

/** Adds `Cache-Control: no-store` to every API answer that did not set its own caching. */
export function neverCacheApiAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (api.test(request.url) && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
}
