// The one shape of an error answer outside tRPC's own procedures — `{ error, message, issues?,
// limit? }`, `error` a stable snake_case code — and the same facts in tRPC's error envelope for a
// request to /trpc/ refused before tRPC ran (body too large, not JSON). Never a stack or a path of
// the server's files: unexpected failures are logged and answered with a fixed sentence.
import { STATUS_CODES } from 'node:http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { isConnectionLoss } from '@wayfarer/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** One problem with a request, as every 4xx answer lists them: the dotted field path and why. */
export interface RequestIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  /** Stable code: `invalid_request`, `payload_too_large`, `not_found`, `internal_error`, … */
  error: string;
  /** A sentence for people; states the limit where one was exceeded. */
  message: string;
  /** Each problem with the request, by field. */
  issues?: RequestIssue[];
  /** The limit that was exceeded (bytes for bodies). */
  limit?: number;
}

type TrpcKey = keyof typeof TRPC_ERROR_CODES_BY_KEY;

const trpcKeys: Record<number, TrpcKey> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

const snake = (status: number): string => (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '_');

/** Answers `status` with `body`, in tRPC's envelope for a /trpc/ request. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody) {
  if (!request.url.startsWith('/trpc/')) return reply.code(status).send(body);
  const key = trpcKeys[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
  const { message, issues, limit } = body;
  return reply.code(status).send({
    error: {
      message,
      code: TRPC_ERROR_CODES_BY_KEY[key],
      data: { code: key, httpStatus: status, issues: issues ?? null, problems: null, ...(limit ? { limit } : {}) },
    },
  });
}

const kib = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`);

/** What a failure means to the client, without internals; `internal` when it was not the client's doing. */
export function describeError(error: FastifyError, request: FastifyRequest): { status: number; body: ErrorBody } {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    const limit = request.routeOptions.bodyLimit ?? 0;
    const message = `The request body is too large: the limit is ${kib(limit)} (${limit} bytes).`;
    return { status, body: { error: 'payload_too_large', message, limit } };
  }
  if (status === 429) return { status, body: { error: 'rate_limited', message: error.message } };
  if (status === 415) {
    return { status, body: { error: 'unsupported_media_type', message: 'Send the body as application/json.' } };
  }
  if (status === 400) {
    const body: ErrorBody = { error: 'invalid_request', message: 'The request is invalid.' };
    return { status, body: { ...body, issues: [{ path: '', message: error.message }] } };
  }
  if (status > 400 && status < 500) return { status, body: { error: snake(status), message: error.message } };
  if (isConnectionLoss(error)) {
    return {
      status: 503,
      body: { error: 'service_unavailable', message: 'The database is unreachable for now; try again in a moment.' },
    };
  }
  return { status: 500, body: { error: 'internal_error', message: 'Something went wrong on the server.' } };
}

/**
 * Fastify's error handler for every route outside tRPC's procedures: the one shape, 503 with
 * `Retry-After` for a lost database, 5xx logged with the error and answered without it.
 */
export function errorHandler(overrides: { internalMessage?: string; unavailableMessage?: string } = {}) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = describeError(error, request);
    if (status === 503) {
      request.log.warn({ err: error }, 'database unreachable');
      void reply.header('retry-after', '5');
      return sendError(request, reply, status, { ...body, message: overrides.unavailableMessage ?? body.message });
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(request, reply, status, { ...body, message: overrides.internalMessage ?? body.message });
    }
    return sendError(request, reply, status, body);
  };
}
