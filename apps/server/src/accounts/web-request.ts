import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, SESSION_COOKIE } from './cookies';

/** What the accounts code needs of an HTTP request and its reply; tests build one by hand. */
export interface WebRequest {
  /** The raw session token from the cookie, if any. */
  sessionToken: string | undefined;
  /** The `x-csrf-token` header, if any. */
  csrfToken: string | undefined;
  /** The client's address, for the sign-in rate limit. */
  clientIp: string;
  /** `https://host[:port]` the client reached (behind a trusted proxy, as it forwarded). */
  origin?: string;
  /** Whether cookies must be `Secure` (https, or production). */
  secure: boolean;
  /** Adds a `Set-Cookie` header to the reply. */
  setCookie(value: string): void;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function webRequestOf(request: FastifyRequest, reply: FastifyReply): WebRequest {
  return {
    sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
    csrfToken: header(request, 'x-csrf-token'),
    clientIp: request.ip,
    origin: `${request.protocol}://${request.host}`,
    secure: request.protocol === 'https' || process.env.NODE_ENV === 'production',
    setCookie: (value) => {
      const existing = reply.getHeader('set-cookie');
      const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
      void reply.header('set-cookie', [...list, value]);
    },
  };
}
