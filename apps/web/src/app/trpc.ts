import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@wayfarer/server';
import { readApiKey } from './api-key';
import { authHeaders } from './auth-headers';

/** `useTRPC()` gives typed query/mutation options: `useQuery(trpc.journeys.list.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } });
}

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // Subscriptions stream over SSE; EventSource cannot send headers, so the key travels as a
        // connection parameter (the server reads it from `info.connectionParams`).
        true: httpSubscriptionLink({
          url: '/trpc',
          connectionParams: () => {
            const key = readApiKey();
            return key === null ? {} : { authorization: `Bearer ${key}` };
          },
        }),
        false: httpBatchLink({
          url: '/trpc',
          // A signed-in session's mutations must carry its CSRF token; an API key needs none.
          headers: authHeaders,
        }),
      }),
    ],
  });
}
