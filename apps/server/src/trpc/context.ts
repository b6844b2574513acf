import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Services } from '../services';

/** Per-request context: the services and the credentials to authenticate (lazily, per procedure). */
export interface TrpcContext {
  services: Services;
  authorization: string | undefined;
}

/** The `createContext` of the Fastify adapter, bound to the process's services. */
export function contextFactory(services: Services): (options: CreateFastifyContextOptions) => TrpcContext {
  return ({ req }) => ({ services, authorization: req.headers.authorization });
}
