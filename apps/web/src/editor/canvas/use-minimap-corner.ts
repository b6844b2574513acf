import { useStore, type ReactFlowState } from '@xyflow/react';
import { minimapCorner, type MinimapCorner } from './canvas-chrome';
import type { Rect } from './fit-viewport';
import { CARD_SIZE } from './use-viewport-tools';

// Every card on screen, in pane pixels. A primitive result (a corner name), so the minimap only
// re-renders when it has to move, not on every pan or drag frame.
function selectCorner(state: ReactFlowState): MinimapCorner | undefined {
  const [tx, ty, zoom] = state.transform;
  const cards: Rect[] = [];
  for (const node of state.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.initialWidth ?? CARD_SIZE.width;
    const height = node.measured.height ?? node.initialHeight ?? CARD_SIZE.height;
    cards.push({ x: x * zoom + tx, y: y * zoom + ty, width: width * zoom, height: height * zoom });
  }
  return minimapCorner({ width: state.width, height: state.height }, cards);
}

/** Where the minimap goes so that it covers no step; undefined: nowhere (hidden). */
export function useMinimapCorner(): MinimapCorner | undefined {
  return useStore(selectCorner);
}
