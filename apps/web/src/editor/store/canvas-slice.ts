import type { GetState, SetState } from './slice';

export interface Size {
  width: number;
  height: number;
}

/**
 * View state that is not part of the document (never undone, never saved). Drag positions are not
 * here: they change every frame, and the canvas keeps them to itself (see use-drag-state.ts).
 */
export interface CanvasSlice {
  /** Card sizes React Flow measured (it needs them back on every node it is given). */
  measured: ReadonlyMap<string, Size>;
  /** The edge whose "+" menu is open. */
  insertMenuEdgeId: string | null;
  /** The edge a step dragged from the palette would be wired into if dropped now. */
  dropEdgeId: string | null;
  setMeasured: (sizes: readonly (Size & { id: string })[]) => void;
  openInsertMenu: (edgeId: string | null) => void;
  setDropEdge: (edgeId: string | null) => void;
}

export function createCanvasSlice(set: SetState<CanvasSlice>, get: GetState<CanvasSlice>): CanvasSlice {
  return {
    measured: new Map(),
    insertMenuEdgeId: null,
    dropEdgeId: null,
    setMeasured(sizes) {
      const current = get().measured;
      const changed = sizes.filter(
        (size) => current.get(size.id)?.width !== size.width || current.get(size.id)?.height !== size.height,
      );
      if (changed.length === 0) return;
      const next = new Map(current);
      for (const { id, width, height } of changed) next.set(id, { width, height });
      set({ measured: next });
    },
    openInsertMenu(edgeId) {
      set({ insertMenuEdgeId: edgeId });
    },
    setDropEdge(edgeId) {
      if (get().dropEdgeId !== edgeId) set({ dropEdgeId: edgeId });
    },
  };
}
