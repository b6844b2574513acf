import { authenticateApiKey, type ApiKeyScope, type Db } from '@wayfarer/db';
import type { KeyLookup } from './api-key-cache';
import { readApiKey } from './read-api-key';

/** Why a request was refused; stable codes shown to API clients. */
export type AuthFailure = 'missing_api_key' | 'invalid_api_key' | 'insufficient_scope';

export type AuthResult =
  | { ok: true; workspaceId: string; keyId: string; scope: ApiKeyScope }
  | { ok: false; reason: AuthFailure; message: string };

const messages: Record<AuthFailure, string> = {
  missing_api_key: 'Send a workspace API key as "Authorization: Bearer <key>" (or as the HTTP Basic user name).',
  invalid_api_key: 'The API key is unknown or revoked.',
  insufficient_scope: 'This API key may not call this endpoint; use a key with full scope.',
};

function refuse(reason: AuthFailure): AuthResult {
  return { ok: false, reason, message: messages[reason] };
}

/** Resolves the workspace of the request's API key, if the key has one of the `allowed` scopes. */
export function authenticateRequest(
  db: Db,
  authorization: string | undefined,
  allowed: readonly ApiKeyScope[],
): Promise<AuthResult> {
  return authenticateBy((key) => authenticateApiKey(db, key), authorization, allowed);
}

/** {@link authenticateRequest} with keys looked up by `lookup` (the ingest API's cache). */
export async function authenticateBy(
  lookup: KeyLookup,
  authorization: string | undefined,
  allowed: readonly ApiKeyScope[],
): Promise<AuthResult> {
  const key = readApiKey(authorization);
  if (key === undefined) return refuse('missing_api_key');
  const principal = await lookup(key);
  if (!principal) return refuse('invalid_api_key');
  if (!allowed.includes(principal.scope)) return refuse('insufficient_scope');
  return { ok: true, workspaceId: principal.workspaceId, keyId: principal.keyId, scope: principal.scope };
}
