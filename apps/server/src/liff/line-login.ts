// Verifies a LIFF ID token with LINE Login (`POST /oauth2/v2.1/verify`), which checks its signature,
// expiry and audience; we check the audience and expiry again on what LINE answers.
import { z } from 'zod';

/** LINE Login's API; tests point it at a local server (LINE_LOGIN_BASE_URL). */
export const DEFAULT_LINE_LOGIN_BASE_URL = 'https://api.line.me';

const verifiedToken = z.looseObject({
  iss: z.string(),
  sub: z.string().min(1).max(255),
  aud: z.string(),
  exp: z.number(),
  name: z.string().optional(),
});

export type IdTokenCheck =
  { ok: true; lineUserId: string; name?: string } | { ok: false; reason: 'invalid_token' | 'line_unavailable' };

/**
 * The LINE user the ID token names, when LINE confirms it was issued for `clientId` (the LINE
 * Login channel of the LIFF app) and has not expired. LINE answering 4xx means the token is forged,
 * expired or for another channel; no answer or a 5xx is `line_unavailable` (the caller may retry).
 */
export async function verifyIdToken(
  baseUrl: string,
  input: { idToken: string; clientId: string },
  now = Date.now(),
): Promise<IdTokenCheck> {
  let response: Response;
  try {
    response = await fetch(new URL('/oauth2/v2.1/verify', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ id_token: input.idToken, client_id: input.clientId }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, reason: 'line_unavailable' };
  }
  if (response.status >= 500) return { ok: false, reason: 'line_unavailable' };
  if (!response.ok) return { ok: false, reason: 'invalid_token' };
  const parsed = verifiedToken.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return { ok: false, reason: 'invalid_token' };
  const token = parsed.data;
  if (token.aud !== input.clientId || token.exp * 1000 <= now) return { ok: false, reason: 'invalid_token' };
  return { ok: true, lineUserId: token.sub, ...(token.name === undefined ? {} : { name: token.name }) };
}
