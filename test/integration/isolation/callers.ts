// Server-side callers of the app router with a given credential, the way the HTTP adapter builds
// the context: an API key in `authorization`, or a session cookie plus its CSRF token.
import { TRPCError } from '@trpc/server';
import type { Services } from '../../../apps/server/src/services';
import { appRouter } from '../../../apps/server/src/trpc/app-router';
import type { TrpcContext } from '../../../apps/server/src/trpc/context';
import { translateError } from '../../../apps/server/src/trpc/error-translation';

export type Caller = ReturnType<typeof appRouter.createCaller>;

export type Credential = { apiKey: string } | { session: { token: string; csrfToken: string } } | 'anonymous';

export function contextFor(services: Services, credential: Credential): TrpcContext {
  const session = typeof credential === 'object' && 'session' in credential ? credential.session : undefined;
  return {
    services,
    authorization: typeof credential === 'object' && 'apiKey' in credential ? `Bearer ${credential.apiKey}` : undefined,
    web: {
      sessionToken: session?.token,
      csrfToken: session?.csrfToken,
      clientIp: '127.0.0.1',
      secure: false,
      setCookie: () => undefined,
    },
  };
}

export function callerFor(services: Services, credential: Credential): Caller {
  return appRouter.createCaller(contextFor(services, credential));
}

/** The procedures of the router, by path, with their type and meta: read from the router itself. */
export function routerProcedures(): {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: { role?: string } | undefined;
}[] {
  // The router's flat procedure table, keyed by dotted path (tRPC types it by the router's shape).
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: { role?: string } } }
  >;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    meta: procedure._def.meta,
  }));
}

export type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

/** Calls the procedure at `path`; a subscription is read up to its first value. */
export async function callPath(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  try {
    let value = await (target as (input: unknown) => Promise<unknown>)(input);
    if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      const iterator = (value as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      value = (await iterator.next()).value;
      await iterator.return?.();
    }
    return { ok: true, value };
  } catch (error) {
    // What the HTTP client would see: domain errors translated as the error formatter does.
    const trpcError =
      error instanceof TRPCError ? error : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
    const translated = translateError(trpcError);
    return { ok: false, code: translated.code, message: `${translated.message} ${trpcError.cause?.message ?? ''}` };
  }
}
