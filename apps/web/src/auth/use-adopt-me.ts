import { useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { useCallback } from 'react';
import { useTRPC } from '../app/trpc';
import { setCsrfToken } from './csrf';

export type MeView = inferRouterOutputs<AppRouter>['auth']['me'];

/** After sign-in, sign-up or joining: keep the CSRF token and show the app as the new user. */
export function useAdoptMe(): (me: MeView) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (me: MeView) => {
      setCsrfToken(me.signedIn ? me.csrfToken : null);
      // Everything else cached belongs to whoever was here before. (`auth.me` itself is replaced in
      // place: removing it would strand the gate's observer on a dead query.)
      const meKey = JSON.stringify(trpc.auth.me.queryKey());
      queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== meKey });
      queryClient.setQueryData(trpc.auth.me.queryKey(), me);
    },
    [queryClient, trpc],
  );
}
