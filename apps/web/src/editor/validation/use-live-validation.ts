import { useEffect } from 'react';
import { checkJourney, type JourneyGraph } from '@wayfarer/journey';
import type { EditorStore } from '../store/editor-store';

const DEBOUNCE_MS = 250;

/**
 * Checks the journey as it is edited, off the drag path: it reacts to document changes only
 * (a drag writes the document once, on drop) and waits for a 250 ms pause in edits.
 */
export function useLiveValidation(store: EditorStore): void {
  useEffect(() => {
    const check = (graph: JourneyGraph) => {
      // The problems only: building and hashing the IR is publishing's work.
      store.getState().setProblems(graph, checkJourney(graph, store.getState().catalog.registry));
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
