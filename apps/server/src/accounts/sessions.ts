import { findLiveSession, findMemberRole, insertSession, touchSession, type Db, type Session } from '@wayfarer/db';
import { sessionCookie } from './cookies';
import type { Role } from './roles';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-policy';
import { csrfTokenFor, hashToken, newToken } from './tokens';
import type { WebRequest } from './web-request';

/** Starts a session for the user in the workspace and sets its cookie; returns the CSRF token. */
export async function startSession(
  db: Db,
  web: WebRequest,
  input: { userId: string; workspaceId: string; now?: Date },
): Promise<{ csrfToken: string }> {
  const now = input.now ?? new Date();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: input.userId,
    workspaceId: input.workspaceId,
    now,
    expiresAt,
  });
  web.setCookie(sessionCookie(token, { expires: expiresAt, secure: web.secure }));
  return { csrfToken: csrfTokenFor(token) };
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(web: WebRequest): void {
  web.setCookie(sessionCookie('', { expires: undefined, secure: web.secure }));
}

export interface LiveSession {
  session: Session;
  role: Role;
  csrfToken: string;
}

/**
 * The live session of a token, with the user's current role in its workspace (read on every call,
 * so a role change or removal takes effect at once). Slides the idle expiry forward.
 */
export async function authenticateSession(db: Db, token: string, now = new Date()): Promise<LiveSession | undefined> {
  const session = await findLiveSession(db, hashToken(token), now, SESSION_IDLE_MS);
  if (!session) return undefined;
  const role = await findMemberRole(db, session.workspaceId, session.userId);
  if (role === undefined) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) await touchSession(db, session.id, now);
  return { session, role, csrfToken: csrfTokenFor(token) };
}
