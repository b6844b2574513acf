import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { webRequestOf, type WebRequest } from '../accounts/web-request';
import type { Services } from '../services';

/** Per-request context: the services and the credentials to authenticate (lazily, per procedure). */
export interface TrpcContext {
  services: Services;
  authorization: string | undefined;
  /** The browser side of the request: session cookie, CSRF header, client address, cookie writer. */
  web: WebRequest;
  /** Fastify's request id, recorded in the audit log. */
  requestId?: string;
}

/** The `createContext` of the Fastify adapter, bound to the process's services. */
export function contextFactory(services: Services): (options: CreateFastifyContextOptions) => TrpcContext {
  // EventSource (SSE subscriptions) cannot send headers: the key then comes as connectionParams.
  return ({ req, res, info }) => ({
    services,
    authorization: req.headers.authorization ?? info.connectionParams?.authorization,
    web: webRequestOf(req, res),
    requestId: req.id,
  });
}
