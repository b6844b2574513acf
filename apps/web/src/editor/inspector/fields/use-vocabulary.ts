import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../app/trpc';

export type NameKind = 'event' | 'attribute' | 'tag';

export interface KnownName {
  name: string;
  count: number;
  lastSeenAt: string | null;
}

const lists = { event: 'events', attribute: 'attributes', tag: 'tags' } as const;

/** The names of `kind` the workspace has received, most used first, with the cap counts stop at. */
export function useKnownNames(kind: NameKind): { names: readonly KnownName[]; countCap: number } {
  const trpc = useTRPC();
  const vocabulary = useQuery({
    ...trpc.customers.vocabulary.queryOptions(),
    // New names arrive all the time, but a picker need not follow them second by second.
    staleTime: 60_000,
  });
  return { names: vocabulary.data?.[lists[kind]] ?? [], countCap: vocabulary.data?.countCap ?? Infinity };
}
