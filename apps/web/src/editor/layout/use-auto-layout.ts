import { useCallback, useState } from 'react';
import { CARD_SIZE, FIT_READABLE, useViewportTools } from '../canvas/use-viewport-tools';
import { moveNodes } from '../graph/node-ops';
import { useEditorStore } from '../store/editor-context';
import { layoutJourney } from './elk-layout';

/**
 * "Tidy up": lays the journey out with ELK as one undoable move, then fits it on screen at a
 * readable zoom (a long journey shows its start, not all of it as confetti).
 */
export function useAutoLayout(): { run(): Promise<void>; busy: boolean } {
  const store = useEditorStore();
  const tools = useViewportTools();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    try {
      const { doc, measured, catalog } = store.getState();
      const positions = await layoutJourney({ graph: doc.graph, sizes: measured, defaultSize: CARD_SIZE, catalog });
      store.getState().edit((graph) => moveNodes(graph, positions));
      // Fit once React Flow has the new positions.
      requestAnimationFrame(() => tools.fit(FIT_READABLE));
    } finally {
      setBusy(false);
    }
  }, [store, tools]);
  return { run, busy };
}
