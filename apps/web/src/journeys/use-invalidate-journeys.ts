import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../app/trpc';

/** Refetches every cached journeys list (whatever its search and filter) and tag count: call after a change. */
export function useInvalidateJourneys(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.journeys.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.journeys.listTags.queryKey() }),
    ]);
  }, [queryClient, trpc]);
}
