import { useReactFlow } from '@xyflow/react';
import { useMemo, type DragEvent } from 'react';
import { placeNodeOfType } from '../commands/node-commands';
import { NODE_TYPE_MIME } from '../palette/NodeTypeList';
import type { EditorStore } from '../store/editor-store';
import { CARD_SIZE } from './use-viewport-tools';

/** Drop target for palette items: the new card is centred where it is dropped, and selected. */
export function usePaletteDrop(store: EditorStore) {
  const { screenToFlowPosition } = useReactFlow();
  return useMemo(
    () => ({
      onDragOver: (event: DragEvent) => {
        if (!event.dataTransfer.types.includes(NODE_TYPE_MIME)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (event: DragEvent) => {
        const type = event.dataTransfer.getData(NODE_TYPE_MIME);
        if (!type) return;
        event.preventDefault();
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        placeNodeOfType(store, type, {
          x: Math.round(point.x - CARD_SIZE.width / 2),
          y: Math.round(point.y - CARD_SIZE.height / 2),
        });
      },
    }),
    [store, screenToFlowPosition],
  );
}
