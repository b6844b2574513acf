import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { useTRPC } from '../app/trpc';

export interface SegmentOption {
  id: string;
  name: string;
}

/** The segments a picker offers; `unavailable` where no API is connected (static renders, tests). */
export type SegmentOptions =
  | { status: 'loading' | 'unavailable'; segments: readonly SegmentOption[] }
  | { status: 'ready'; segments: readonly SegmentOption[] };

const ApiContext = createContext(false);

/** Lets segment pickers below ask the API for the workspace's segments (inside the TRPCProvider). */
export function SegmentOptionsProvider({ children }: { children: ReactNode }) {
  return <ApiContext.Provider value={true}>{children}</ApiContext.Provider>;
}

/** True when segment pickers may query the API. */
export function useSegmentApi(): boolean {
  return useContext(ApiContext);
}

/** The workspace's active segments, by name (call only where `useSegmentApi()` is true). */
export function useListedSegments(): SegmentOptions {
  const trpc = useTRPC();
  const list = useQuery(trpc.segments.list.queryOptions());
  if (list.isSuccess) return { status: 'ready', segments: list.data };
  return { status: list.isPending ? 'loading' : 'unavailable', segments: [] };
}
