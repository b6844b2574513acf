import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../app/trpc';

export type JourneyStatus = 'draft' | 'live' | 'paused' | 'archived';

/**
 * The journey's lifecycle facts (status, live version), kept fresh by React Query. The editor
 * never takes the draft from here after opening: the store owns the document.
 */
export function useJourneyMeta(
  journeyId: string,
): { status: JourneyStatus; liveVersionId: string | null; draftRevision: number } | undefined {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.journeys.get.queryOptions({ journeyId }), refetchOnWindowFocus: false });
  return data === undefined
    ? undefined
    : { status: data.status, liveVersionId: data.liveVersionId, draftRevision: data.draftRevision };
}
