import { useStore, type ReactFlowState } from '@xyflow/react';
import { minimapCorner, type MinimapCorner } from './canvas-chrome';
import type { Rect } from './fit-viewport';
import { CARD_SIZE } from './use-viewport-tools';

function* cards(state: ReactFlowState): Generator<Rect> {
  for (const node of state.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.initialWidth ?? CARD_SIZE.width;
    const height = node.measured.height ?? node.initialHeight ?? CARD_SIZE.height;
    yield { x, y, width, height };
  }
}

// Runs on every pan and drag frame; a primitive result (a corner name), so the minimap only
// re-renders when it has to move.
const selectCorner = (state: ReactFlowState) => minimapCorner(state, state.transform, cards(state));

/** Where the minimap goes so that it covers no step (see `minimapCorner`); undefined: hidden. */
export function useMinimapCorner(): MinimapCorner | undefined {
  return useStore(selectCorner);
}
