import { useQuery } from '@tanstack/react-query';
import { journeyGraphSchema, summarizeGraphChanges } from '@wayfarer/journey';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Badge } from '../../ui';
import { editorMessages } from '../messages';
import { useEditor } from '../store/editor-context';
import { selectGraph } from '../store/selectors';

/**
 * "Unpublished changes" beside a live (or paused) journey's status while the draft differs from the
 * published version: customers follow the published one until the marketer publishes again.
 */
export function UnpublishedBadge({ liveVersionId }: { liveVersionId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const graph = useEditor(selectGraph);
  const live = useQuery({
    ...trpc.journeys.version.queryOptions({ versionId: liveVersionId }),
    select: (version) => journeyGraphSchema.parse(version.graph),
    staleTime: Infinity,
  });
  const changed = useMemo(
    () => live.data !== undefined && !summarizeGraphChanges(live.data, graph).unchanged,
    [live.data, graph],
  );
  if (!changed) return null;
  return (
    <Badge tone="warning" data-testid="unpublished-changes" title={t(editorMessages.unpublishedHint)}>
      {t(editorMessages.unpublishedChanges)}
    </Badge>
  );
}
