import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../app/trpc';

export interface BroadcastAudience {
  segmentName: string;
  memberCount: number;
}

/**
 * The segment the live version's broadcast trigger sends to, by name, with its size now; undefined
 * while loading, null when the live version has no broadcast trigger or its segment is gone.
 */
export function useBroadcastAudience(liveVersionId: string): BroadcastAudience | null | undefined {
  const trpc = useTRPC();
  const version = useQuery(trpc.journeys.version.queryOptions({ versionId: liveVersionId }));
  const segments = useQuery(trpc.segments.list.queryOptions());
  if (version.data === undefined || segments.data === undefined) return undefined;
  const trigger = version.data.graph.nodes.find((node) => node.type === BROADCAST_TRIGGER);
  const segmentId = (trigger?.data.config as { segmentId?: unknown } | undefined)?.segmentId;
  const segment = segments.data.find((candidate) => candidate.id === segmentId);
  return segment === undefined ? null : { segmentName: segment.name, memberCount: segment.memberCount };
}

export const BROADCAST_TRIGGER = 'core.trigger.broadcast';
