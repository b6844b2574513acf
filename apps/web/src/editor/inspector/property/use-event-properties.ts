import { skipToken, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../app/trpc';
import type { PropertyUse } from './property-options';

/** The properties `event` has been received with (none for ''), and how many recent events were read. */
export function useEventProperties(event: string): { properties: readonly PropertyUse[]; sampled: number } {
  const trpc = useTRPC();
  const found = useQuery({
    ...trpc.customers.eventProperties.queryOptions(event === '' ? skipToken : { event }),
    // Like the name pickers: new properties arrive all the time, the list need not follow each one.
    staleTime: 60_000,
  });
  return { properties: found.data?.properties ?? [], sampled: found.data?.sampled ?? 0 };
}
