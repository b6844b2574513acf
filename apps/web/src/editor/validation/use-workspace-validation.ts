import { useEffect } from 'react';
import { isError, type JourneyGraph } from '@wayfarer/journey';
import { useTRPCClient } from '../../app/trpc';
import type { EditorStore } from '../store/editor-store';

const DEBOUNCE_MS = 800;

/**
 * Once the journey compiles, asks the server what publishing would refuse in this workspace (a
 * channel not connected, a lottery or badge that does not exist) and adds those problems to the
 * compiler's, so "Ready to publish" means it. Answers for an older graph are dropped.
 */
export function useWorkspaceValidation(store: EditorStore): void {
  const client = useTRPCClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const check = async (graph: JourneyGraph) => {
      const { problems } = await client.journeys.validate.mutate({ graph });
      const state = store.getState();
      if (cancelled || state.validatedGraph !== graph || state.problems.length > 0) return;
      const errors = problems.filter(isError);
      if (errors.length > 0) state.setProblems(graph, errors);
    };
    const schedule = (graph: JourneyGraph | null, problems: readonly unknown[]) => {
      clearTimeout(timer);
      if (graph === null || problems.length > 0) return;
      // A failed check leaves the compiler's verdict; publishing checks again anyway.
      timer = setTimeout(() => void check(graph).catch(() => undefined), DEBOUNCE_MS);
    };
    // The compiler may have checked the opened draft already.
    schedule(store.getState().validatedGraph, store.getState().problems);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.validatedGraph !== previous.validatedGraph) schedule(state.validatedGraph, state.problems);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, client]);
}
