// tRPC calls that change things are POSTs with a JSON body. A browser sends JSON cross-site only
// after a CORS preflight (which this server never grants), but an HTML form can POST text/plain
// that still parses as JSON — e.g. a forged sign-in ("login CSRF") before any session exists.
// Refusing every other content type closes that door for all procedures at once.
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-replies';

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Answers 415 to a POST under `/trpc/` whose body is not `application/json`. */
export function requireJsonForApiPosts(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/trpc/')) return;
    if (isJson(request.headers['content-type'])) return;
    await sendError(request, reply, 415, {
      error: 'unsupported_media_type',
      message: 'Send tRPC calls as application/json.',
    });
  });
}
