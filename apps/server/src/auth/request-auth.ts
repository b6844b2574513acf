import type { ApiKeyScope } from '@wayfarer/db';
import type { FastifyRequest } from 'fastify';
import type { ApiKeyCache } from './api-key-cache';
import { authenticateBy, type AuthResult } from './authenticate';

const results = new WeakMap<FastifyRequest, Promise<AuthResult>>();

/**
 * Authenticates an ingest request once: the rate limit (which keys on the API key) and the handler
 * both ask, and only the first asks the key cache.
 */
export function authenticateOnce(
  keys: ApiKeyCache,
  request: FastifyRequest,
  allowed: readonly ApiKeyScope[],
): Promise<AuthResult> {
  let result = results.get(request);
  if (result === undefined) {
    result = authenticateBy(keys.lookup, request.headers.authorization, allowed);
    results.set(request, result);
  }
  return result;
}
