import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authenticateOnce } from '../auth/request-auth';
import { ingestRateLimit, type RequestLimits } from '../limits/request-limits';
import { errorHandler } from '../hardening/error-replies';
import type { RoutingDeps } from '@wayfarer/routing';
import { inSpan, type Registry } from '@wayfarer/telemetry';
import { recordIngestMetrics } from './ingest-metrics';
import { ingestIdentify, ingestTrack, type IngestResult } from './ingest-messages';
import { batchSchema, identifySchema, toRequestIssues, trackSchema, type BatchMessage } from './ingest.schemas';

type Handle<T> = (workspaceId: string, body: T, now: Date) => Promise<object>;

/** Authenticates the workspace key (ingest or full scope), validates the body, then handles it. */
function ingestHandler<T>(deps: RoutingDeps, schema: z.ZodType<T>, handle: Handle<T>) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<unknown> => {
    const auth = await authenticateOnce(deps.db, request, ['ingest', 'full']);
    if (!auth.ok) {
      const status = auth.reason === 'insufficient_scope' ? 403 : 401;
      return reply.code(status).send({ error: auth.reason, message: auth.message });
    }
    const parsed = schema.safeParse(request.body);
    if (!parsed.success) {
      const issues = toRequestIssues(parsed.error);
      return reply.code(400).send({ error: 'invalid_request', message: 'The request is invalid.', issues });
    }
    // The ingest span: the journeys this event starts carry it into their workflows (traces).
    const handled = await inSpan(
      `ingest ${request.routeOptions.url ?? ''}`,
      { 'wayfarer.workspace_id': auth.workspaceId },
      () => handle(auth.workspaceId, parsed.data, new Date()),
    );
    return reply.send({ success: true, ...handled });
  };
}

function ingestOne(deps: RoutingDeps, workspaceId: string, message: BatchMessage, now: Date): Promise<IngestResult> {
  switch (message.type) {
    case 'identify':
      return ingestIdentify(deps, workspaceId, message, now);
    case 'track':
      return ingestTrack(deps, workspaceId, message, now);
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}

export interface IngestRoutesOptions {
  deps: RoutingDeps;
  /** Requests per minute per API key and without one, shared by every server process. */
  limits: RequestLimits;
  /** Where request counts and latencies go (see ingest-metrics.ts). */
  metrics?: Registry | undefined;
}

/** The Segment-compatible HTTP API: `POST /v1/identify`, `/v1/track`, `/v1/batch`. */
export async function ingestRoutes(app: FastifyInstance, options: IngestRoutesOptions): Promise<void> {
  const { deps } = options;
  // A 5xx asks the client to retry (Segment clients do, keeping the messageId: nothing doubles).
  app.setErrorHandler(
    errorHandler({
      internalMessage: 'The message was not processed; retry it with the same messageId.',
      unavailableMessage: 'The database is unreachable for now; retry it with the same messageId.',
    }),
  );
  if (options.metrics !== undefined) recordIngestMetrics(app, options.metrics);
  // Over a limit the answer is 429 with `Retry-After`, before the body is even read.
  await app.register(rateLimit, ingestRateLimit(deps.db, options.limits, options.metrics));
  app.post(
    '/v1/identify',
    ingestHandler(deps, identifySchema, async (workspaceId, message, now) =>
      ingestIdentify(deps, workspaceId, message, now),
    ),
  );
  app.post(
    '/v1/track',
    ingestHandler(deps, trackSchema, async (workspaceId, message, now) => ingestTrack(deps, workspaceId, message, now)),
  );
  app.post(
    '/v1/batch',
    ingestHandler(deps, batchSchema, async (workspaceId, { batch }, now) => {
      // In order: an identify before a track of the same user must land first.
      const results: IngestResult[] = [];
      for (const message of batch) results.push(await ingestOne(deps, workspaceId, message, now));
      return { results };
    }),
  );
}
