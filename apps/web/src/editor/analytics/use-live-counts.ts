import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useMemo } from 'react';
import { useLocale, useT } from '../../app/i18n';
import { reasonName } from '../../app/message-outcomes';
import { useTRPC } from '../../app/trpc';
import { useEditor, useEditorStore } from '../store/editor-context';
import { selectEdges, selectNodes } from '../store/selectors';
import { countOverlay } from './count-overlay';
import { rangeBounds, type DateRange } from './date-range';
import { analyticsMessages as m } from './messages';

export interface CountsScope {
  journeyId: string;
  /** A published version; undefined: the live version (the server's default), matched by step id. */
  versionId: string | undefined;
  range: DateRange;
}

/**
 * Loads the step figures for `scope`, keeps them current from the `analytics.live` subscription, and
 * lays them over the canvas as badges while mounted.
 */
export function useLiveCounts({ journeyId, versionId, range }: CountsScope) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const store = useEditorStore();
  const t = useT();
  const { locale } = useLocale();
  const nodes = useEditor(selectNodes);
  const edges = useEditor(selectEdges);
  // The range's start is fixed when it is chosen, so the query key does not move every render.
  const input = useMemo(
    () => ({ journeyId, ...(versionId === undefined ? {} : { versionId }), ...rangeBounds(range, new Date()) }),
    [journeyId, versionId, range],
  );
  const queryKey = trpc.analytics.nodeStats.queryKey(input);
  const stats = useQuery(trpc.analytics.nodeStats.queryOptions(input));
  const live = useSubscription(
    trpc.analytics.live.subscriptionOptions(
      { journeyId, ...(versionId === undefined ? {} : { versionId }) },
      {
        onData: (value) => {
          // The live stream counts all time: it replaces an all-time answer, and prompts a bounded one to reload.
          if (range === 'all') queryClient.setQueryData(queryKey, value);
          else void queryClient.invalidateQueries({ queryKey });
        },
      },
    ),
  );
  useEffect(() => {
    if (!stats.data) return;
    const words = {
      entered: t(m.entered),
      waiting: t(m.waiting),
      errors: t(m.errors),
      skipped: t(m.skipped),
      deferred: t(m.deferred),
      left: t(m.left),
      ended: t(m.ended),
      reason: (reason: string) => reasonName(reason, locale),
    };
    const overlay = countOverlay(
      stats.data.nodes,
      nodes.map((node) => node.id),
      edges,
      words,
      locale,
    );
    store.getState().setBadges(overlay.nodes, overlay.edges);
  }, [stats.data, nodes, edges, t, locale, store]);
  useEffect(() => () => store.getState().clearBadges(), [store]);
  return { error: stats.error, live: live.status === 'pending' };
}
