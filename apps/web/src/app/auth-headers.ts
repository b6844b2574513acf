import { csrfHeaders } from '../auth/csrf';
import { readApiKey } from './api-key';

/** How a request proves who sends it: the stored API key, else the signed-in session's CSRF token. */
export function authHeaders(): Record<string, string> {
  const key = readApiKey();
  return key === null ? csrfHeaders() : { authorization: `Bearer ${key}` };
}
