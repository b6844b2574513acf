import { DataError } from '@wayfarer/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authenticateRequest } from '../auth/authenticate';
import type { Services } from '../services';
import { exportNodeStatsCsv } from './export-csv';
import { statsRangeSchema } from './stats-input';

const paramsSchema = z.object({ journeyId: z.uuid() });

/**
 * `GET /v1/journeys/:journeyId/stats.csv?from=&to=`: the node stats as a download, for a
 * full-scope API key of the journey's workspace (another workspace's journey is 404).
 */
export async function statsCsvRoutes(app: FastifyInstance, { deps }: { deps: Services }): Promise<void> {
  app.get('/v1/journeys/:journeyId/stats.csv', async (request, reply) => {
    const auth = await authenticateRequest(deps.db, request.headers.authorization, ['full']);
    if (!auth.ok) {
      const status = auth.reason === 'insufficient_scope' ? 403 : 401;
      return reply.code(status).send({ error: auth.reason, message: auth.message });
    }
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'not_found', message: 'No such journey.' });
    const range = statsRangeSchema.safeParse(request.query);
    if (!range.success) {
      const issues = range.error.issues.map((issue) => ({
        path: ['query', ...issue.path].join('.'),
        message: 'from and to must be ISO date-times',
      }));
      return reply.code(400).send({ error: 'invalid_request', message: 'The request is invalid.', issues });
    }
    try {
      const file = await exportNodeStatsCsv(deps, { workspaceId: auth.workspaceId, ...params.data, ...range.data });
      return await reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.csv);
    } catch (error) {
      if (error instanceof DataError && error.code === 'not_found') {
        return reply.code(404).send({ error: 'not_found', message: error.message });
      }
      throw error;
    }
  });
}
