import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { XY } from '../graph/graph-types';
import type { EditorStore } from '../store/editor-store';
import { useEditorStore } from '../store/editor-context';
import { chromeRects } from './canvas-chrome';
import { fitViewport, type Rect } from './fit-viewport';
import { firstStep as firstOf, READABLE_ZOOM } from './initial-view';

/** Card size used before React Flow has measured a card. */
export const CARD_SIZE = { width: 240, height: 96 };

/** "Fit to screen": the whole journey, never zoomed in past 100 %. */
export const FIT_ALL = { padding: 0.15, maxZoom: 1, duration: 300 };

/** After "Tidy up": the whole journey when it fits at a readable zoom, else its start, readable. */
export const FIT_READABLE = { ...FIT_ALL, minZoom: READABLE_ZOOM };

export interface FitOptions {
  padding: number;
  maxZoom: number;
  minZoom?: number;
  /** Only these nodes (default: all). */
  nodes?: { id: string }[];
  duration?: number;
}

export interface ViewportTools {
  /**
   * Fits nodes on screen. React Flow's own fitView waits until every node is measured, which
   * never happens when only on-screen cards are rendered (large journeys); this uses the
   * estimated sizes of unmeasured cards instead. False when the pane has no size yet.
   */
  fit: (options: FitOptions) => boolean;
  /** Where a new card goes when there is nowhere better: the middle of what is on screen. */
  centreOfView(): XY;
  /** Pans (never zooms out) so the node is on screen, e.g. after adding it from the palette. */
  reveal(nodeId: string): void;
  /** Centres the node, zooming in to a readable size: the problems list's "go to". */
  focusNode(nodeId: string): void;
}

type Flow = ReturnType<typeof useReactFlow>;
type FlowStore = ReturnType<typeof useStoreApi>;

/** Screen areas over the canvas besides React Flow's own chrome: the enrollment path banner. */
export function bannerRects(pane: HTMLElement | null | undefined): Rect[] {
  const box = pane?.getBoundingClientRect();
  const banners = pane?.closest('.editor__canvas')?.querySelectorAll('.path-banner') ?? [];
  if (!box) return [];
  return [...banners].map((banner) => {
    const rect = banner.getBoundingClientRect();
    return { x: rect.x - box.x, y: rect.y - box.y, width: rect.width, height: rect.height };
  });
}

// The first step's box: kept in view when the whole journey does not fit at the zoom floor.
function firstStep(store: EditorStore, ids: ReadonlySet<string>): Rect | undefined {
  const { doc, measured, catalog } = store.getState();
  const first = firstOf(
    doc.graph.nodes.filter((node) => ids.has(node.id)),
    catalog,
  );
  return first && { ...first.position, ...(measured.get(first.id) ?? CARD_SIZE) };
}

function fitNodes(flow: Flow, flowStore: FlowStore, store: EditorStore, options: FitOptions): boolean {
  const { width, height, minZoom, maxZoom, nodeLookup } = flowStore.getState();
  if (width === 0 || height === 0) return false;
  const ids = options.nodes?.map((node) => node.id) ?? [...nodeLookup.keys()];
  if (ids.length === 0) return true;
  const pane = { width, height };
  const viewport = fitViewport({
    bounds: flow.getNodesBounds(ids),
    pane,
    covered: [...chromeRects(pane), ...bannerRects(flowStore.getState().domNode)],
    padding: options.padding,
    minZoom: Math.max(options.minZoom ?? minZoom, minZoom),
    maxZoom: Math.min(options.maxZoom, maxZoom),
    anchor: firstStep(store, new Set(ids)),
  });
  void flow.setViewport(viewport, { duration: options.duration });
  return true;
}

function centreOfView(flowStore: FlowStore): XY {
  const { width, height, transform } = flowStore.getState();
  const [x, y, zoom] = transform;
  return { x: (width / 2 - x) / zoom - CARD_SIZE.width / 2, y: (height / 2 - y) / zoom - CARD_SIZE.height / 2 };
}

function onScreen(flowStore: FlowStore, point: XY, margin = 80): boolean {
  const { width, height, transform } = flowStore.getState();
  const [x, y, zoom] = transform;
  const screen = { x: point.x * zoom + x, y: point.y * zoom + y };
  return screen.x > margin && screen.x < width - margin && screen.y > margin && screen.y < height - margin;
}

export function useViewportTools(): ViewportTools {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const store = useEditorStore();
  return useMemo(() => {
    const centreOf = (nodeId: string): XY | undefined => {
      const node = store.getState().doc.graph.nodes.find((candidate) => candidate.id === nodeId);
      const size = store.getState().measured.get(nodeId) ?? CARD_SIZE;
      return node && { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
    };
    return {
      fit: (options) => fitNodes(flow, flowStore, store, options),
      centreOfView: () => centreOfView(flowStore),
      reveal(nodeId) {
        const centre = centreOf(nodeId);
        if (centre && !onScreen(flowStore, centre))
          void flow.setCenter(centre.x, centre.y, { zoom: flow.getZoom(), duration: 250 });
      },
      focusNode(nodeId) {
        const centre = centreOf(nodeId);
        if (centre) void flow.setCenter(centre.x, centre.y, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
      },
    };
  }, [flow, flowStore, store]);
}
