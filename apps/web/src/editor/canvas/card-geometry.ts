import { Position, type NodeHandle } from '@xyflow/react';
import type { GraphNode } from '@wayfarer/journey';
import type { PortCatalog } from '../graph/graph-types';

// The card's box model (see editor.css): fixed width, a header, a summary, then one row per port.
export const CARD_WIDTH = 240;
const HEADER = 34;
const SUMMARY = 36;
const PORT_ROW = 21;
const PORT_PADDING = 6;
const HANDLE = 11;

export interface CardEstimate {
  initialWidth: number;
  initialHeight: number;
  handles: NodeHandle[];
}

/**
 * A card's size and handle positions before it is measured. React Flow would otherwise render
 * every node once just to measure it; with these it renders only the cards on screen (a
 * 1,000-step journey opens with a few dozen in the DOM) and measures each when it appears.
 */
export function estimateCard(node: GraphNode, catalog: PortCatalog, extraHandles: readonly string[]): CardEstimate {
  const names = [...catalog.portsOf(node).map((port) => port.name), ...extraHandles];
  const lone = names.length === 1 && extraHandles.length === 0 && !catalog.portsOf(node)[0]?.label;
  const rows = lone ? 0 : names.length;
  const height = HEADER + SUMMARY + (rows > 0 ? rows * PORT_ROW + PORT_PADDING : 0);
  const source = (id: string, centreY: number): NodeHandle => ({
    id,
    type: 'source',
    position: Position.Right,
    x: CARD_WIDTH - HANDLE / 2,
    y: centreY - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  });
  const handles: NodeHandle[] = lone
    ? names.map((name) => source(name, height / 2))
    : names.map((name, index) => source(name, HEADER + SUMMARY + index * PORT_ROW + PORT_ROW / 2));
  if (catalog.kindOf(node.type) !== 'trigger') {
    handles.push({
      id: null,
      type: 'target',
      position: Position.Left,
      x: -HANDLE / 2,
      y: height / 2 - HANDLE / 2,
      width: HANDLE,
      height: HANDLE,
    });
  }
  return { initialWidth: CARD_WIDTH, initialHeight: height, handles };
}
