// `GET /v1/exports/customers.csv?columns=external_id,email,attributes.name&segmentId=…`: the
// workspace's customers, or one segment's or list's members, as a CSV file streamed as it is read;
// `GET /v1/exports/:exportId/file.csv`: the file an export job (tRPC `exports.start`) wrote.
import { Readable } from 'node:stream';
import { DataError, getExport, getSegment, readStoredFile } from '@wayfarer/db';
import { customersCsv, exportColumnSchema } from '@wayfarer/exports';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services';
import { authorizeWebRequest } from '../imports/web-principal';

const exportQuery = z.object({
  columns: z
    .string()
    .default('external_id,email,phone,line')
    .transform((value) => value.split(',').map((column) => column.trim()))
    .pipe(z.array(exportColumnSchema).min(1).max(100)),
  segmentId: z.uuid().optional(),
});
const exportParams = z.object({ exportId: z.uuid() });

export async function customersExportRoutes(app: FastifyInstance, options: { deps: Services }): Promise<void> {
  const { deps } = options;
  app.get('/v1/exports/customers.csv', async (request, reply) => {
    // Customer data leaves the product here: editors and admins only.
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'query', role: 'editor' });
    if (!auth) return reply;
    const query = exportQuery.safeParse(request.query);
    if (!query.success) {
      const issue = query.error.issues[0];
      const field = issue?.path[0] === 'segmentId' ? 'segmentId' : 'columns';
      return reply.code(400).send({
        error: 'invalid_request',
        field,
        message:
          field === 'segmentId'
            ? 'segmentId must be the id of a segment or list.'
            : 'columns: external_id, created_at, email, phone, line, messenger, tags or attributes.<name>, comma-separated.',
      });
    }
    if (query.data.segmentId !== undefined) {
      try {
        await getSegment(deps.db, auth.workspaceId, query.data.segmentId);
      } catch (error) {
        if (error instanceof DataError && error.code === 'not_found')
          return reply.code(404).send({ error: 'not_found', message: 'No such segment or list.' });
        throw error;
      }
    }
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="customers-${day}.csv"`)
      .send(Readable.from(customersCsv(deps.db, { workspaceId: auth.workspaceId, ...query.data })));
  });

  app.get('/v1/exports/:exportId/file.csv', async (request, reply) => {
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'query', role: 'editor' });
    if (!auth) return reply;
    const params = exportParams.safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'not_found', message: 'No such export.' });
    let job;
    try {
      job = await getExport(deps.db, auth.workspaceId, params.data.exportId);
    } catch (error) {
      if (error instanceof DataError && error.code === 'not_found')
        return reply.code(404).send({ error: 'not_found', message: 'No such export.' });
      throw error;
    }
    if (job.status === 'cancelled') {
      return reply.code(410).send({ error: 'export_cancelled', message: 'The export was cancelled; it has no file.' });
    }
    if (job.status !== 'completed') {
      return reply
        .code(409)
        .send({ error: 'not_ready', message: `The export is ${job.status}; its file is ready once it completes.` });
    }
    const day = job.createdAt.toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="customers-${day}.csv"`)
      .send(Readable.from(readStoredFile(deps.db, job.fileId)));
  });
}
