import type { FastifyInstance } from 'fastify';
import { checkHealth } from './health';
import type { Services } from '../services';

/**
 * `/healthz`: liveness with details — 200 while the process serves requests, and whether it reaches
 * Postgres and Temporal (`status: degraded` when not). `/readyz`: for load balancers — 200 only when
 * both answer, else 503, so traffic goes to instances that can handle it.
 */
export async function healthRoutes(app: FastifyInstance, options: { deps: Services }): Promise<void> {
  const { deps } = options;
  app.get('/healthz', async () => checkHealth(deps));
  app.get('/readyz', async (_request, reply) => {
    const health = await checkHealth(deps);
    return reply
      .code(health.status === 'ok' ? 200 : 503)
      .send({ ...health, status: health.status === 'ok' ? 'ready' : 'unavailable' });
  });
}
