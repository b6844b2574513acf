import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '@wayfarer/db';
import { activeTraceParent, inSpan, type Registry } from '@wayfarer/telemetry';
import type { ApiKeyCache } from '../auth/api-key-cache';
import { authenticateOnce } from '../auth/request-auth';
import { errorHandler, sendError, type ErrorBody } from '../hardening/error-replies';
import { ingestRateLimit, type RequestLimits } from '../limits/request-limits';
import { MAX_CALL_BYTES, parseBatch, parseSingleCall, type BatchItem } from './batch-request';
import { recordIngestMetrics } from './ingest-metrics';
import type { RequestIssue, SegmentCall, SegmentCallType } from './ingest.schemas';
import { decodeRequestBody } from './request-decoding';
import type { EventHandoff } from '@wayfarer/routing';
import { groupingCallStorer, type CallStorer } from './call-storer';
import type { StoredCall } from './store-calls';

/** The calls with an endpoint of their own (`/v1/<type>`). */
const callTypes: readonly SegmentCallType[] = ['identify', 'track', 'page', 'screen', 'group', 'alias'];

/** Authenticates the workspace key (ingest or full scope); answers 401/403 itself when it fails. */
async function workspaceOf(
  keys: ApiKeyCache,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<string | undefined> {
  const auth = await authenticateOnce(keys, request, ['ingest', 'full']);
  if (auth.ok) return auth.workspaceId;
  const status = auth.reason === 'insufficient_scope' ? 403 : 401;
  await reply.code(status).send({ error: auth.reason, message: auth.message });
  return undefined;
}

const invalid = (issues: RequestIssue[]): ErrorBody => ({
  error: 'invalid_request',
  message: 'The request is invalid.',
  issues,
});

/** Stores the calls inside the ingest span: the journeys they start carry it into their workflows. */
function store(
  storer: CallStorer,
  request: FastifyRequest,
  workspaceId: string,
  calls: SegmentCall[],
): Promise<StoredCall[]> {
  const receivedAt = new Date();
  return inSpan(`ingest ${request.routeOptions.url ?? ''}`, { 'wayfarer.workspace_id': workspaceId }, () => {
    const traceParent = activeTraceParent() ?? null;
    return storer(
      workspaceId,
      calls.map((call) => ({ call, receivedAt, traceParent })),
    );
  });
}

/**
 * A batch's answer: 200 when every call was stored; 207 with each call's result when some were
 * refused (Segment's libraries count any 2xx as delivered, so the stored calls are never sent
 * again); 400 when none could be stored (they drop it: sending it again would not help).
 */
async function answerBatch(
  storer: CallStorer,
  request: FastifyRequest,
  reply: FastifyReply,
  workspaceId: string,
  items: BatchItem[],
) {
  const calls = items.flatMap((item) => ('call' in item ? [item.call] : []));
  const issues = items.flatMap((item) => ('issues' in item ? item.issues : []));
  if (calls.length === 0) return reply.code(400).send(invalid(issues));
  const stored = await store(storer, request, workspaceId, calls);
  let next = 0;
  const results = items.map((item) => ('call' in item ? stored[next++] : invalid(item.issues)));
  if (issues.length === 0) return reply.send({ success: true, results });
  return reply.code(207).send({ success: false, results, issues });
}

// The one error shape (hardening/error-replies.ts); a 5xx asks the client to retry (Segment clients
// do, keeping the messageId: nothing doubles), and an unsupported Content-Encoding says what is.
const replyWithError = errorHandler({
  internalMessage: 'The message was not processed; retry it with the same messageId.',
  unavailableMessage: 'The database is unreachable for now; retry it with the same messageId.',
});
function ingestErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'unsupported_content_encoding') {
    return sendError(request, reply, 415, { error: 'unsupported_media_type', message: error.message });
  }
  return replyWithError(error, request, reply);
}

export interface IngestRoutesOptions {
  db: Db;
  /** The API keys, looked up through a short-lived cache (auth/api-key-cache.ts). */
  keys: ApiKeyCache;
  /** Told when calls were stored, after the answer: the router routes them. */
  onStored(): void;
  /** Hands the stored events to this process's router in memory (see @wayfarer/routing). */
  handoff?: EventHandoff | undefined;
  /** Requests per minute per API key and without one, shared by every server process. */
  limits: RequestLimits;
  /** Where request counts and latencies go (see ingest-metrics.ts). */
  metrics?: Registry | undefined;
}

/** The Segment-compatible HTTP API: `POST /v1/batch` and `/v1/<call>` for each of Segment's calls. */
export async function ingestRoutes(app: FastifyInstance, options: IngestRoutesOptions): Promise<void> {
  const { db, keys } = options;
  const storer = groupingCallStorer(db, options.handoff);
  app.setErrorHandler(ingestErrorHandler);
  if (options.metrics !== undefined) recordIngestMetrics(app, options.metrics);
  app.addHook('preParsing', decodeRequestBody);
  app.addHook('onResponse', async (_request, reply) => {
    if (reply.statusCode === 200 || reply.statusCode === 207) options.onStored();
  });
  // Over a limit the answer is 429 with `Retry-After`, before the body is even read.
  await app.register(rateLimit, ingestRateLimit(db, keys, options.limits, options.metrics));
  for (const type of callTypes) {
    app.post(`/v1/${type}`, { bodyLimit: MAX_CALL_BYTES }, async (request, reply) => {
      const workspaceId = await workspaceOf(keys, request, reply);
      if (workspaceId === undefined) return reply;
      const parsed = parseSingleCall(type, request.body);
      if ('issues' in parsed) return reply.code(400).send(invalid(parsed.issues));
      const [stored] = await store(storer, request, workspaceId, [parsed.call]);
      return reply.send({ success: true, ...stored });
    });
  }
  app.post('/v1/batch', async (request, reply) => {
    const workspaceId = await workspaceOf(keys, request, reply);
    if (workspaceId === undefined) return reply;
    const parsed = parseBatch(request.body);
    if ('issues' in parsed) return reply.code(400).send(invalid(parsed.issues));
    return answerBatch(storer, request, reply, workspaceId, parsed.items);
  });
}
