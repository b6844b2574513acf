import type { ApiKeyScope, Db } from '@wayfarer/db';
import type { FastifyRequest } from 'fastify';
import { authenticateRequest, type AuthResult } from './authenticate';

const results = new WeakMap<FastifyRequest, Promise<AuthResult>>();

/**
 * {@link authenticateRequest} once per request: the rate limit (which keys on the API key) and the
 * handler both ask, and only the first asks Postgres.
 */
export function authenticateOnce(
  db: Db,
  request: FastifyRequest,
  allowed: readonly ApiKeyScope[],
): Promise<AuthResult> {
  let result = results.get(request);
  if (result === undefined) {
    result = authenticateRequest(db, request.headers.authorization, allowed);
    results.set(request, result);
  }
  return result;
}
