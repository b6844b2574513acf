import { useEffect } from 'react';
import { compileJourney, type JourneyGraph } from '@wayfarer/journey';
import type { EditorStore } from '../store/editor-store';

const DEBOUNCE_MS = 250;

/**
 * Compiles the journey as it is edited, off the drag path: it reacts to document changes only
 * (a drag writes the document once, on drop) and waits for a 250 ms pause in edits.
 */
export function useLiveValidation(store: EditorStore): void {
  useEffect(() => {
    const check = (graph: JourneyGraph) => {
      const result = compileJourney(graph, store.getState().catalog.registry);
      store.getState().setProblems(graph, result.ok ? [] : result.problems);
    };
    check(store.getState().doc.graph);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc.graph === previous.doc.graph) return;
      clearTimeout(timer);
      timer = setTimeout(() => check(store.getState().doc.graph), DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
