import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { useTRPC } from '../app/trpc';
import type { BadgeRow, CouponPoolRow, LotteryRow } from './loyalty-types';

/** What a reward picker offers; `unavailable` where no API is connected (static renders, tests). */
export interface RewardOptions<T> {
  status: 'loading' | 'unavailable' | 'ready';
  items: readonly T[];
}

const ApiContext = createContext(false);

/** Lets reward pickers below ask the API for the workspace's pools, badges and lotteries. */
export function RewardOptionsProvider({ children }: { children: ReactNode }) {
  return <ApiContext.Provider value={true}>{children}</ApiContext.Provider>;
}

/** True when reward pickers may query the API. */
export function useRewardApi(): boolean {
  return useContext(ApiContext);
}

function optionsOf<T>(query: { isSuccess: boolean; isPending: boolean; data: readonly T[] | undefined }) {
  if (query.isSuccess && query.data) return { status: 'ready', items: query.data } as RewardOptions<T>;
  return { status: query.isPending ? 'loading' : 'unavailable', items: [] } as RewardOptions<T>;
}

/** The workspace's coupon pools with live stock (call only where `useRewardApi()` is true). */
export function useListedPools(): RewardOptions<CouponPoolRow> {
  const trpc = useTRPC();
  return optionsOf(useQuery(trpc.loyalty.couponPools.list.queryOptions()));
}

export function useListedBadges(): RewardOptions<BadgeRow> {
  const trpc = useTRPC();
  return optionsOf(useQuery(trpc.loyalty.badges.list.queryOptions()));
}

export function useListedLotteries(): RewardOptions<LotteryRow> {
  const trpc = useTRPC();
  return optionsOf(useQuery(trpc.loyalty.lotteries.list.queryOptions()));
}
