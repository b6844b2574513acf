import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { Db } from '@wayfarer/db';
import { Counter, type Registry } from '@wayfarer/telemetry';
import type { FastifyRequest } from 'fastify';
import { authenticateSession } from '../accounts/sessions';
import { readCookie, SESSION_COOKIE } from '../accounts/cookies';
import type { ApiKeyCache } from '../auth/api-key-cache';
import { authenticateOnce } from '../auth/request-auth';
import { authenticateRequest } from '../auth/authenticate';
import { postgresRateLimitStore } from './postgres-rate-limit-store';

/** Requests per minute, shared by every server process (Postgres); see docs/operations.md. */
export interface RequestLimits {
  /** Ingest requests per API key. */
  ingestPerKey: number;
  /** Ingest requests without a valid key, all callers together: made-up keys cannot dodge it. */
  unauthenticated: number;
  /** tRPC requests per API key or signed-in session, and per client address for anyone else. */
  trpcPerCaller: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { ingestPerKey: 6000, unauthenticated: 1200, trpcPerCaller: 1200 };

/** The global bucket of unauthenticated ingest requests. */
const UNAUTHENTICATED = 'unauthenticated';

function limitedCounter(registry: Registry | undefined) {
  if (registry === undefined) return () => undefined;
  const name = 'wayfarer_rate_limited_total';
  // One series for both APIs' limits, registered by whichever comes first.
  const counter =
    (registry.getSingleMetric(name) as Counter<'limit'> | undefined) ??
    new Counter({
      name,
      help: 'Requests refused with 429 by a shared rate limit, by limit',
      labelNames: ['limit'] as const,
      registers: [registry],
    });
  return (limit: string) => counter.inc({ limit });
}

function common(db: Db, limit: string, registry: Registry | undefined): Partial<RateLimitPluginOptions> {
  const limited = limitedCounter(registry);
  return { store: postgresRateLimitStore(db), timeWindow: 60_000, onExceeded: () => limited(limit) };
}

/** The ingest API's limit: per API key, and one global bucket for requests without a valid key. */
export function ingestRateLimit(
  db: Db,
  keys: ApiKeyCache,
  limits: RequestLimits,
  registry: Registry | undefined,
): RateLimitPluginOptions {
  return {
    ...common(db, 'ingest', registry),
    keyGenerator: async (request) => {
      const auth = await authenticateOnce(keys, request, ['ingest', 'full']);
      return auth.ok ? `ingest:key:${auth.keyId}` : UNAUTHENTICATED;
    },
    max: (_request, key) => (key === UNAUTHENTICATED ? limits.unauthenticated : limits.ingestPerKey),
  };
}

// Who is calling tRPC, for counting: a valid API key, a live session, or else the client address
// (behind a proxy, the real one when TRUST_PROXY says which proxies to believe).
async function trpcCaller(db: Db, request: FastifyRequest): Promise<string> {
  const { authorization } = request.headers;
  if (authorization !== undefined) {
    const auth = await authenticateRequest(db, authorization, ['full']);
    if (auth.ok) return `trpc:key:${auth.keyId}`;
  } else {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    const live = token === undefined ? undefined : await authenticateSession(db, token);
    if (live !== undefined) return `trpc:session:${live.session.id}`;
  }
  return `trpc:ip:${request.ip}`;
}

/** The tRPC API's limit (sign-in has its own, stricter one on failures). */
export function trpcRateLimit(db: Db, limits: RequestLimits, registry: Registry | undefined): RateLimitPluginOptions {
  return {
    ...common(db, 'trpc', registry),
    keyGenerator: (request) => trpcCaller(db, request),
    max: limits.trpcPerCaller,
  };
}
