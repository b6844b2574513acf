// The tRPC procedures' authentication for the plain HTTP routes of imports and exports (uploads
// and downloads a browser makes with its session cookie, or a script with an API key).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolvePrincipal } from '../accounts/principal';
import { roleAtLeast, type Role } from '../accounts/roles';
import { webRequestOf } from '../accounts/web-request';
import type { Services } from '../services';

/** The caller's workspace, or undefined after answering 401/403 (a change also needs `x-csrf-token` with a cookie). */
export async function authorizeWebRequest(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  need: { type: 'query' | 'mutation'; role: Role },
): Promise<{ workspaceId: string } | undefined> {
  const principal = await resolvePrincipal(
    { services, authorization: request.headers.authorization, web: webRequestOf(request, reply) },
    need.type,
  );
  if (!principal.ok) {
    await reply
      .code(principal.code === 'FORBIDDEN' ? 403 : 401)
      .send({ error: principal.code.toLowerCase(), message: principal.message });
    return undefined;
  }
  if (!roleAtLeast(principal.actor.role, need.role)) {
    await reply
      .code(403)
      .send({ error: 'forbidden', message: `This needs the ${need.role} role; you are ${principal.actor.role}.` });
    return undefined;
  }
  return { workspaceId: principal.workspaceId };
}
