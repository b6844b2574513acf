import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../app/trpc';

/** Refetches every cached journeys list (whatever its search and filter): call after a change. */
export function useInvalidateJourneys(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.journeys.list.queryKey() }),
    [queryClient, trpc],
  );
}
