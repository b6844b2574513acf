import { useReactFlow } from '@xyflow/react';
import { useMemo, type DragEvent } from 'react';
import { dropNodeOfType } from '../commands/node-commands';
import { NODE_TYPE_MIME, SPLITS_EDGE_MIME } from '../palette/NodeTypeList';
import type { EditorStore } from '../store/editor-store';
import { CARD_SIZE } from './use-viewport-tools';

/** The id of the edge drawn under a screen point (React Flow's wide, invisible hit path counts). */
function edgeAt(x: number, y: number): string | undefined {
  for (const element of document.elementsFromPoint(x, y)) {
    const edge = element.closest<SVGElement>('.react-flow__edge');
    if (edge?.dataset.id) return edge.dataset.id;
  }
  return undefined;
}

const splitsEdges = (event: DragEvent) => event.dataTransfer.types.includes(SPLITS_EDGE_MIME);

/**
 * Drop target for palette items: dropped on an edge, the step is wired in between its ends (the
 * edge is highlighted while the step hovers it); elsewhere the card is centred where it is dropped,
 * or nudged to the nearest free spot. The new step is selected.
 */
export function usePaletteDrop(store: EditorStore) {
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(
    () => ({
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(NODE_TYPE_MIME)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        store.getState().setDropEdge(splitsEdges(event) ? (edgeAt(event.clientX, event.clientY) ?? null) : null);
      },
      onDragLeave: () => store.getState().setDropEdge(null),
      onDrop: (event: DragEvent) => {
        store.getState().setDropEdge(null);
        const type = event.dataTransfer.getData(NODE_TYPE_MIME);
        if (!type) return;
        event.preventDefault();
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        const at = { x: Math.round(point.x - CARD_SIZE.width / 2), y: Math.round(point.y - CARD_SIZE.height / 2) };
        dropNodeOfType(store, type, at, edgeAt(event.clientX, event.clientY));
      },
    }),
    [store, screenToFlowPosition],
  );
}
