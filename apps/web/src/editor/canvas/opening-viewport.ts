import { getNodesBounds, type Viewport } from '@xyflow/react';
import type { PortCatalog } from '../graph/graph-types';
import { chromeRects } from './canvas-chrome';
import { fitViewport, type Rect } from './fit-viewport';
import type { JourneyFlowNode } from './flow-model';
import { firstStep, OPENING_FIT } from './initial-view';

export interface PaneSize {
  width: number;
  height: number;
}

/**
 * The view the canvas opens at (see initial-view.ts), worked out before React Flow first renders,
 * from the cards' estimated sizes. Given as the canvas's default viewport, React Flow renders the
 * cards of that view first, instead of those around the origin and then, once a fit has moved, the
 * others (bench: editor open). `covered`: screen areas besides React Flow's chrome (a banner).
 * Undefined when the pane has no size yet.
 */
export function openingViewport(
  nodes: readonly JourneyFlowNode[],
  catalog: Pick<PortCatalog, 'kindOf'>,
  pane: PaneSize,
  options: { minZoom: number; maxZoom: number; covered?: readonly Rect[] },
): Viewport | undefined {
  if (nodes.length === 0 || pane.width === 0 || pane.height === 0) return undefined;
  const first = firstStep(
    nodes.map((node) => ({ node, type: node.data.node.type, position: node.position })),
    catalog,
  )?.node;
  return fitViewport({
    bounds: getNodesBounds([...nodes]),
    pane,
    covered: [...chromeRects(pane), ...(options.covered ?? [])],
    padding: OPENING_FIT.padding,
    minZoom: Math.max(OPENING_FIT.minZoom, options.minZoom),
    maxZoom: Math.min(OPENING_FIT.maxZoom, options.maxZoom),
    anchor: first && {
      ...first.position,
      width: first.measured?.width ?? first.initialWidth ?? 0,
      height: first.measured?.height ?? first.initialHeight ?? 0,
    },
  });
}
