// `POST /v1/imports/files`: a customer file (CSV in any listed encoding, or XLSX) as the raw
// request body, stored as UTF-8 CSV for the import wizard and jobs; `GET /v1/imports/:id/rejected.csv`:
// the rows an import did not write, with why.
import { Readable } from 'node:stream';
import { DataError, storeFile } from '@wayfarer/db';
import { FileFormatError, toUtf8Csv, uploadEncodings } from '@wayfarer/imports/files';
import { rejectedRowsCsv } from '@wayfarer/imports/jobs';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services';
import { limitBytes, UploadTooLargeError } from './upload-limit';
import { authorizeWebRequest } from './web-principal';

const uploadQuery = z.object({
  name: z.string().trim().min(1).max(255),
  encoding: z.enum(uploadEncodings).default('utf-8'),
});
const rejectedParams = z.object({ importId: z.uuid() });
const rejectedQuery = z.object({ locale: z.enum(['en', 'zh-TW', 'zh-CN']).default('en') });

function formatOf(name: string): 'csv' | 'xlsx' {
  return /\.xlsx$/i.test(name) ? 'xlsx' : 'csv';
}

/** An ASCII fallback and the UTF-8 name of a download (`filename*`), for CJK file names. */
function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function importFileRoutes(
  app: FastifyInstance,
  options: { deps: Services; maxBytes: number },
): Promise<void> {
  const { deps, maxBytes } = options;
  // The body is the file itself, streamed into storage: no parser buffers it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  app.post('/v1/imports/files', { bodyLimit: maxBytes }, async (request, reply) => {
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'mutation', role: 'editor' });
    if (!auth) return reply;
    const query = uploadQuery.safeParse(request.query);
    if (!query.success) {
      return reply.code(400).send({
        error: 'invalid_request',
        message: 'Name the file: ?name=customers.csv (and &encoding= when it is not UTF-8).',
      });
    }
    const body = request.body instanceof Readable ? request.body : Readable.from([]);
    try {
      const file = await storeFile(
        deps.db,
        { workspaceId: auth.workspaceId, purpose: 'import', name: query.data.name },
        toUtf8Csv(limitBytes(body, maxBytes), formatOf(query.data.name), query.data.encoding),
      );
      return await reply.code(201).send({ fileId: file.id, name: file.name, size: Number(file.size) });
    } catch (error) {
      if (error instanceof UploadTooLargeError)
        return reply.code(413).send({ error: 'payload_too_large', message: error.message });
      if (error instanceof FileFormatError) return reply.code(400).send({ error: error.code, message: error.message });
      throw error;
    }
  });

  app.get('/v1/imports/:importId/rejected.csv', async (request, reply) => {
    const auth = await authorizeWebRequest(deps, request, reply, { type: 'query', role: 'viewer' });
    if (!auth) return reply;
    const params = rejectedParams.safeParse(request.params);
    const query = rejectedQuery.safeParse(request.query);
    if (!params.success) return reply.code(404).send({ error: 'not_found', message: 'No such import.' });
    if (!query.success)
      return reply.code(400).send({ error: 'invalid_request', message: 'locale must be en, zh-TW or zh-CN.' });
    const csv = rejectedRowsCsv(deps.db, {
      workspaceId: auth.workspaceId,
      importId: params.data.importId,
      locale: query.data.locale,
    });
    try {
      // The first chunk (heading) proves the import is the caller's before any byte is sent.
      const first = await csv.next();
      const rest = (async function* () {
        if (first.done !== true) yield first.value;
        yield* csv;
      })();
      return await reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`rejected-rows-${params.data.importId.slice(0, 8)}.csv`))
        .send(Readable.from(rest));
    } catch (error) {
      if (error instanceof DataError && error.code === 'not_found')
        return reply.code(404).send({ error: 'not_found', message: error.message });
      throw error;
    }
  });
}
