import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@wayfarer/server';
import { useMemo } from 'react';
import { useTRPC } from '../app/trpc';

export type JourneyStats = inferRouterOutputs<AppRouter>['journeys']['listStats'][number];

/** The listed journeys' customer counts and last editors, by journey id (empty until they arrive). */
export function useJourneyStats(journeyIds: readonly string[]): ReadonlyMap<string, JourneyStats> {
  const trpc = useTRPC();
  const stats = useQuery({
    ...trpc.journeys.listStats.queryOptions({ journeyIds: [...journeyIds] }),
    enabled: journeyIds.length > 0,
    placeholderData: keepPreviousData,
    // Customers keep entering while the list is open; the "last edited" times refresh as often.
    refetchInterval: 30_000,
  });
  return useMemo(() => new Map((stats.data ?? []).map((row) => [row.journeyId, row])), [stats.data]);
}
