/** The session cookie's name; `__Host-` would forbid plain-http development, so it is not used. */
export const SESSION_COOKIE = 'wayfarer_session';

/** The value of cookie `name` in a `Cookie` header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface SessionCookieOptions {
  /** When the cookie stops being sent; undefined clears it. */
  expires: Date | undefined;
  secure: boolean;
}

/** A `Set-Cookie` value for the session: HTTP-only (no script reads it), SameSite=Lax, whole site. */
export function sessionCookie(token: string, { expires, secure }: SessionCookieOptions): string {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  parts.push(`Expires=${(expires ?? new Date(0)).toUTCString()}`);
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
