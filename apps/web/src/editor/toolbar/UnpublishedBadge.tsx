import { useQuery } from '@tanstack/react-query';
import { journeyGraphSchema, summarizeGraphChanges } from '@wayfarer/journey';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { useTRPC } from '../../app/trpc';
import { Badge } from '../../ui';
import { upgradeGraph } from '../graph/upgrade';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps } from '../store/editor-context';
import { selectGraph } from '../store/selectors';

/**
 * Whether the draft differs from the published version (undefined until that version is loaded, or
 * without one). Both are brought to the node types' current versions first, as the editor does when
 * it opens a draft, so an older type version alone is not a change.
 */
export function useUnpublishedChanges(liveVersionId: string | null): boolean | undefined {
  const trpc = useTRPC();
  const { catalog } = useEditorDeps();
  const graph = useEditor(selectGraph);
  const live = useQuery({
    ...trpc.journeys.version.queryOptions({ versionId: liveVersionId ?? '' }),
    enabled: liveVersionId !== null,
    select: (version) => upgradeGraph(journeyGraphSchema.parse(version.graph), catalog.registry),
    staleTime: Infinity,
  });
  return useMemo(
    () => (live.data === undefined ? undefined : !summarizeGraphChanges(live.data, graph).unchanged),
    [live.data, graph],
  );
}

/** "Unpublished changes": customers follow the published version until the marketer publishes again. */
export function UnpublishedBadge() {
  const t = useT();
  return (
    <Badge tone="warning" data-testid="unpublished-changes" title={t(editorMessages.unpublishedHint)}>
      {t(editorMessages.unpublishedChanges)}
    </Badge>
  );
}
