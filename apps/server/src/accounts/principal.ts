import { authenticateRequest } from '../auth/authenticate';
import type { TrpcContext } from '../trpc/context';
import type { Actor } from './roles';
import { authenticateSession } from './sessions';
import { sameSecret } from './tokens';

export type Principal =
  | { ok: true; workspaceId: string; actor: Actor; session?: { id: string; csrfToken: string } }
  | { ok: false; code: 'UNAUTHORIZED' | 'FORBIDDEN'; message: string };

/** A full-scope API key acts as an admin of its workspace: developers' automation, not a person. */
const API_KEY_ROLE = 'admin';

/**
 * Who is calling. An `Authorization` header means an API key (no CSRF check: a browser never
 * attaches one on its own); otherwise the session cookie, and then a change must also carry the
 * session's `x-csrf-token`, which another site cannot read.
 */
export async function resolvePrincipal(
  ctx: Pick<TrpcContext, 'services' | 'authorization' | 'web'>,
  type: 'query' | 'mutation' | 'subscription',
): Promise<Principal> {
  if (ctx.authorization !== undefined || ctx.web.sessionToken === undefined) {
    const auth = await authenticateRequest(ctx.services.db, ctx.authorization, ['full']);
    if (!auth.ok) {
      return {
        ok: false,
        code: auth.reason === 'insufficient_scope' ? 'FORBIDDEN' : 'UNAUTHORIZED',
        message: auth.message,
      };
    }
    return { ok: true, workspaceId: auth.workspaceId, actor: { type: 'api_key', id: auth.keyId, role: API_KEY_ROLE } };
  }
  const live = await authenticateSession(ctx.services.db, ctx.web.sessionToken);
  if (!live) return { ok: false, code: 'UNAUTHORIZED', message: 'Your session has ended; sign in again.' };
  if (type === 'mutation' && !sameSecret(ctx.web.csrfToken ?? '', live.csrfToken)) {
    return { ok: false, code: 'FORBIDDEN', message: 'The request lacks a valid x-csrf-token header.' };
  }
  const { session, role } = live;
  return {
    ok: true,
    workspaceId: session.workspaceId,
    actor: { type: 'user', id: session.userId, role },
    session: { id: session.id, csrfToken: live.csrfToken },
  };
}
