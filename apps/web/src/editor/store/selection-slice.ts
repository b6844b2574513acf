import type { GetState, SetState } from './slice';

export interface SelectionChange {
  id: string;
  selected: boolean;
}

export interface SelectionSlice {
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Replaces the selection. */
  select: (selection: { nodeIds?: readonly string[]; edgeIds?: readonly string[] }) => void;
  /** Applies React Flow's select changes (click, Ctrl/Cmd-click, box select). */
  applySelectionChanges: (nodes: readonly SelectionChange[], edges: readonly SelectionChange[]) => void;
}

const NONE: readonly string[] = [];

function applyChanges(current: readonly string[], changes: readonly SelectionChange[]): readonly string[] {
  if (changes.length === 0) return current;
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next.size === 0 ? NONE : [...next];
}

export function createSelectionSlice(set: SetState<SelectionSlice>, get: GetState<SelectionSlice>): SelectionSlice {
  return {
    selectedNodeIds: NONE,
    selectedEdgeIds: NONE,
    select({ nodeIds = NONE, edgeIds = NONE }) {
      set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
    },
    applySelectionChanges(nodes, edges) {
      const { selectedNodeIds, selectedEdgeIds } = get();
      const nextNodes = applyChanges(selectedNodeIds, nodes);
      const nextEdges = applyChanges(selectedEdgeIds, edges);
      if (nextNodes !== selectedNodeIds || nextEdges !== selectedEdgeIds)
        set({ selectedNodeIds: nextNodes, selectedEdgeIds: nextEdges });
    },
  };
}
