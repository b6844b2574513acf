import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import {
  compileJourney,
  isError,
  journeyGraphSchema,
  summarizeGraphChanges,
  type Diagnostic,
  type GraphChanges,
  type JourneyGraph,
} from '@wayfarer/journey';
import { useTRPC, useTRPCClient } from '../../app/trpc';
import { useEditorStore } from '../store/editor-context';
import type { EditorStore } from '../store/editor-store';
import { errorProblems } from './api-errors';
import type { Autosaver } from './autosaver';

/** Where the publish dialog is: checks first, then a review of the changes, then the result. */
export type PublishStep =
  | { step: 'closed' }
  | { step: 'checking' }
  | { step: 'blocked'; problems: readonly Diagnostic[] }
  | { step: 'conflict' }
  | { step: 'review'; changes: GraphChanges; firstVersion: boolean; warnings: readonly Diagnostic[] }
  | { step: 'publishing'; changes: GraphChanges; firstVersion: boolean; warnings: readonly Diagnostic[] }
  | { step: 'unsaved' }
  | { step: 'failed'; error: unknown };

export interface Publisher {
  state: PublishStep;
  /** The number of the version just published (shown briefly; the dialog closes on success). */
  published: number | null;
  /** Saves, validates and, when valid, shows what publishing changes. */
  start: () => Promise<void>;
  confirm: () => Promise<void>;
  close: () => void;
}

/** Saves, compiles, checks against the workspace and diffs against the live graph: the step the dialog opens at. */
async function prepare(
  store: EditorStore,
  autosave: Autosaver,
  liveGraph: () => Promise<unknown>,
  checkWorkspace: (graph: JourneyGraph) => Promise<readonly Diagnostic[]>,
): Promise<PublishStep> {
  const saved = await autosave.flush();
  if (saved === 'conflict') return { step: 'conflict' };
  // The server publishes the saved draft, so an unsaved one must not go ahead.
  if (saved !== 'saved') return { step: 'unsaved' };
  const { doc, catalog } = store.getState();
  const compiled = compileJourney(doc.graph, catalog.registry);
  if (!compiled.ok) return { step: 'blocked', problems: compiled.problems };
  // Channels and assets are the workspace's: only the server can say whether they exist.
  const checked = await checkWorkspace(doc.graph);
  const errors = checked.filter(isError);
  if (errors.length > 0) return { step: 'blocked', problems: errors };
  const live = await liveGraph();
  const before = live === null ? null : journeyGraphSchema.parse(live);
  return {
    step: 'review',
    changes: summarizeGraphChanges(before, doc.graph),
    firstVersion: before === null,
    warnings: checked,
  };
}

/** "Version 3 is live" for a few seconds after publishing. */
function useTransientNumber(): [number | null, (value: number) => void] {
  const [value, setValue] = useState<number | null>(null);
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => setValue(null), 4_000);
    return () => clearTimeout(timer);
  }, [value]);
  return [value, setValue];
}

/** The publish flow for the open draft. */
export function usePublish(journeyId: string, liveVersionId: string | null, autosave: Autosaver): Publisher {
  const store = useEditorStore();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PublishStep>({ step: 'closed' });
  const [published, setPublished] = useTransientNumber();

  const start = useCallback(async () => {
    setState({ step: 'checking' });
    const liveGraph = async () =>
      liveVersionId === null
        ? null
        : (await queryClient.fetchQuery(trpc.journeys.version.queryOptions({ versionId: liveVersionId }))).graph;
    const checkWorkspace = async (graph: JourneyGraph) => (await client.journeys.validate.mutate({ graph })).problems;
    setState(
      await prepare(store, autosave, liveGraph, checkWorkspace).catch((error: unknown) => ({
        step: 'failed' as const,
        error,
      })),
    );
  }, [autosave, store, liveVersionId, queryClient, trpc, client]);

  const confirm = useCallback(async () => {
    if (state.step !== 'review') return;
    setState({ ...state, step: 'publishing' });
    try {
      const version = await client.journeys.publish.mutate({ journeyId });
      // Success closes the dialog at once, so nothing blocks the canvas; a notice says so.
      setState({ step: 'closed' });
      setPublished(version.number);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey({ journeyId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.journeys.versions.queryKey({ journeyId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.journeys.list.queryKey() }),
      ]);
    } catch (error) {
      const problems = errorProblems(error);
      setState(problems ? { step: 'blocked', problems } : { step: 'failed', error });
    }
  }, [state, client, journeyId, queryClient, trpc, setPublished]);

  const close = useCallback(() => setState({ step: 'closed' }), []);
  return { state, published, start, confirm, close };
}
