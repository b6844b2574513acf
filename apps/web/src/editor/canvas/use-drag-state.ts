import { useMemo, useRef, useState } from 'react';
import type { XY } from '../graph/graph-types';

/** Where dragged nodes are right now; the document learns their positions once, on drop. */
export interface DragControl {
  current: () => ReadonlyMap<string, XY> | null;
  set: (positions: ReadonlyMap<string, XY> | null) => void;
}

/**
 * Drag positions live in the canvas, not the editor store: they change every frame, and a store
 * update would run every subscriber (1,000 cards' selectors) for each of them.
 */
export function useDragState(): { positions: ReadonlyMap<string, XY> | null; control: DragControl } {
  const [positions, setPositions] = useState<ReadonlyMap<string, XY> | null>(null);
  const latest = useRef<ReadonlyMap<string, XY> | null>(null);
  const control = useMemo<DragControl>(
    () => ({
      current: () => latest.current,
      set: (next) => {
        if (next === null && latest.current === null) return;
        latest.current = next;
        setPositions(next);
      },
    }),
    [],
  );
  return { positions, control };
}
