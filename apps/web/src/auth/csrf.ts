// The session's CSRF token, given by the server with sign-in and `auth.me`. Kept in memory only (a
// reload asks `auth.me` again); the tRPC client sends it as `x-csrf-token` with every request.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken === null ? {} : { 'x-csrf-token': csrfToken };
}
