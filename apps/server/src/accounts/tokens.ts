import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random 32-byte secret (session or invitation token), base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores of a token: its sha256 (the token has 256 bits, so no slow hash is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The session's CSRF token, derived from the session token: only a page that was given it (by
 * sign-in or `auth.me`) knows it, the cookie alone does not reveal it, and nothing more is stored.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`wayfarer-csrf\0${sessionToken}`).digest('base64url');
}

/** Constant-time string equality. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
