import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '@wayfarer/db';
import { authenticateRequest } from '../auth/authenticate';
import { readApiKey } from '../auth/read-api-key';
import { MAX_CALL_BYTES, parseBatch, parseSingleCall, type BatchItem } from './batch-request';
import type { RequestIssue, SegmentCall, SegmentCallType } from './ingest.schemas';
import { decodeRequestBody } from './request-decoding';
import { storeCalls } from './store-calls';

/** The calls with an endpoint of their own (`/v1/<type>`). */
const callTypes: readonly SegmentCallType[] = ['identify', 'track', 'page', 'screen', 'group', 'alias'];

/** Authenticates the workspace key (ingest or full scope); answers 401/403 itself when it fails. */
async function workspaceOf(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<string | undefined> {
  const auth = await authenticateRequest(db, request.headers.authorization, ['ingest', 'full']);
  if (auth.ok) return auth.workspaceId;
  const status = auth.reason === 'insufficient_scope' ? 403 : 401;
  await reply.code(status).send({ error: auth.reason, message: auth.message });
  return undefined;
}

const invalid = (issues: RequestIssue[]) => ({ error: 'invalid_request', issues });

/**
 * A batch's answer: 200 when every call was stored; 207 with each call's result when some were
 * refused (Segment's libraries count any 2xx as delivered, so the stored calls are never sent
 * again); 400 when none could be stored (they drop it: sending it again would not help).
 */
async function answerBatch(db: Db, workspaceId: string, items: BatchItem[], reply: FastifyReply) {
  const calls = items.flatMap((item) => ('call' in item ? [item.call] : []));
  const issues = items.flatMap((item) => ('issues' in item ? item.issues : []));
  if (calls.length === 0) return reply.code(400).send(invalid(issues));
  const stored = await storeCalls(db, workspaceId, calls, new Date());
  let next = 0;
  const results = items.map((item) => ('call' in item ? stored[next++] : invalid(item.issues)));
  if (issues.length === 0) return reply.send({ success: true, results });
  return reply.code(207).send({ success: false, results, issues });
}

// Body-parsing failures in the ingest API's own JSON shape; anything else is ours, and logged.
function ingestErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: error.message });
  if (status === 413) {
    const limit = request.url.startsWith('/v1/batch') ? '500 KB per batch' : `${MAX_CALL_BYTES / 1024} KB per call`;
    return reply
      .code(413)
      .send({ error: 'payload_too_large', message: `The body is too large: the limit is ${limit}.` });
  }
  if (status === 415) {
    const message =
      error.code === 'unsupported_content_encoding' ? error.message : 'Send the body as application/json.';
    return reply.code(415).send({ error: 'unsupported_media_type', message });
  }
  if (status >= 400 && status < 500) {
    return reply.code(400).send(invalid([{ path: '', message: error.message }]));
  }
  request.log.error({ err: error }, 'ingest failed');
  return reply
    .code(500)
    .send({ error: 'internal_error', message: 'The message was not processed; retry it with the same messageId.' });
}

/** Requests per minute one API key may make to the ingest API unless configured. */
export const DEFAULT_INGEST_RATE_LIMIT_PER_MIN = 6000;

// Counted per API key (its hash, as stored), before authentication so a flood costs no query;
// requests without a key count per client address.
function rateLimitKey(request: FastifyRequest): string {
  const key = readApiKey(request.headers.authorization);
  return key === undefined ? `ip:${request.ip}` : `key:${createHash('sha256').update(key).digest('hex')}`;
}

export interface IngestRoutesOptions {
  db: Db;
  /** Told when calls were stored, after the answer: the router routes them. */
  onStored(): void;
  /** Requests per minute per API key; over it the answer is 429 with `Retry-After`. */
  rateLimitPerMin?: number | undefined;
}

/** The Segment-compatible HTTP API: `POST /v1/batch` and `/v1/<call>` for each of Segment's calls. */
export async function ingestRoutes(app: FastifyInstance, options: IngestRoutesOptions): Promise<void> {
  const { db } = options;
  app.setErrorHandler(ingestErrorHandler);
  app.addHook('preParsing', decodeRequestBody);
  app.addHook('onResponse', async (_request, reply) => {
    if (reply.statusCode === 200 || reply.statusCode === 207) options.onStored();
  });
  await app.register(rateLimit, {
    max: options.rateLimitPerMin ?? DEFAULT_INGEST_RATE_LIMIT_PER_MIN,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
  });
  for (const type of callTypes) {
    app.post(`/v1/${type}`, { bodyLimit: MAX_CALL_BYTES }, async (request, reply) => {
      const workspaceId = await workspaceOf(db, request, reply);
      if (workspaceId === undefined) return reply;
      const parsed = parseSingleCall(type, request.body);
      if ('issues' in parsed) return reply.code(400).send(invalid(parsed.issues));
      const [stored] = await storeCalls(db, workspaceId, [parsed.call satisfies SegmentCall], new Date());
      return reply.send({ success: true, ...stored });
    });
  }
  app.post('/v1/batch', async (request, reply) => {
    const workspaceId = await workspaceOf(db, request, reply);
    if (workspaceId === undefined) return reply;
    const parsed = parseBatch(request.body);
    if ('issues' in parsed) return reply.code(400).send(invalid(parsed.issues));
    return answerBatch(db, workspaceId, parsed.items, reply);
  });
}
