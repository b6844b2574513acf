import { getNodesBounds, type Viewport } from '@xyflow/react';
import { chromeRects } from './canvas-chrome';
import { fitViewport } from './fit-viewport';
import type { JourneyFlowNode } from './flow-model';
import type { InitialView } from './initial-view';

export interface PaneSize {
  width: number;
  height: number;
}

/**
 * The view the opening fit settles on, worked out before React Flow first renders, from the cards'
 * estimated sizes (the ones the fit itself uses before they are measured). Given as the canvas's
 * default viewport, React Flow renders the cards of that view first, instead of those around the
 * origin and then, once the fit has moved, the others (bench: editor open). Undefined when the
 * pane has no size yet.
 */
export function openingViewport(
  nodes: readonly JourneyFlowNode[],
  view: InitialView,
  pane: PaneSize,
  zoom: { min: number; max: number },
): Viewport | undefined {
  const ids = view.nodes === undefined ? undefined : new Set(view.nodes.map((node) => node.id));
  const shown = ids === undefined ? nodes : nodes.filter((node) => ids.has(node.id));
  if (shown.length === 0 || pane.width === 0 || pane.height === 0) return undefined;
  const minZoom = view.minZoom ?? zoom.min;
  const maxZoom = Math.min(view.maxZoom, zoom.max);
  return fitViewport({
    bounds: getNodesBounds([...shown]),
    pane,
    covered: chromeRects(pane),
    padding: view.padding,
    minZoom,
    maxZoom,
  });
}
