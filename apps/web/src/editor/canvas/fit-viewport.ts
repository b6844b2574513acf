// Where "fit" puts the view: the steps inside the part of the canvas nothing sits over (the minimap,
// the zoom controls, a banner), never zoomed out past a floor, and — when not everything fits at
// that floor — with the journey's first step in view, near the top left, rather than its middle.
import type { Viewport } from '@xyflow/react';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitRequest {
  /** What to fit, in flow coordinates. */
  bounds: Rect;
  pane: { width: number; height: number };
  /** Screen areas of the pane that something is drawn over. */
  covered: readonly Rect[];
  /** Share of the area left around the fitted steps (React Flow's `padding`). */
  padding: number;
  minZoom: number;
  maxZoom: number;
  /** The first step, in flow coordinates: kept in view when the bounds do not fit at `minZoom`. */
  anchor?: Rect;
}

interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const zoomFor = (area: Area, bounds: Rect, padding: number) =>
  Math.min(
    (area.x1 - area.x0) / (Math.max(bounds.width, 1) * (1 + padding)),
    (area.y1 - area.y0) / (Math.max(bounds.height, 1) * (1 + padding)),
  );

/**
 * The largest-zoom part of the pane clear of every covered rectangle: each is cut off on the side
 * (left of, right of, above or below it) that costs the fitted steps least.
 */
export function clearArea(request: Pick<FitRequest, 'bounds' | 'pane' | 'covered' | 'padding'>): Area {
  let area: Area = { x0: 0, y0: 0, x1: request.pane.width, y1: request.pane.height };
  for (const rect of request.covered) {
    const overlaps =
      rect.x < area.x1 && rect.x + rect.width > area.x0 && rect.y < area.y1 && rect.y + rect.height > area.y0;
    if (!overlaps) continue;
    const options: Area[] = [
      { ...area, x1: Math.min(area.x1, rect.x) },
      { ...area, x0: Math.max(area.x0, rect.x + rect.width) },
      { ...area, y1: Math.min(area.y1, rect.y) },
      { ...area, y0: Math.max(area.y0, rect.y + rect.height) },
    ].filter((option) => option.x1 - option.x0 > 0 && option.y1 - option.y0 > 0);
    const best = options.sort(
      (a, b) => zoomFor(b, request.bounds, request.padding) - zoomFor(a, request.bounds, request.padding),
    )[0];
    if (best) area = best;
  }
  return area;
}

/** The viewport that fits `bounds` into the clear part of the pane (see the file comment). */
export function fitViewport(request: FitRequest): Viewport {
  const { bounds, padding, minZoom, maxZoom, anchor } = request;
  const area = clearArea(request);
  const zoom = Math.min(Math.max(zoomFor(area, bounds, padding), minZoom), maxZoom);
  const width = area.x1 - area.x0;
  const height = area.y1 - area.y0;
  // Along each axis: centred when it fits. Otherwise across, the first step at the left edge (with
  // the padding); down, the top of the journey at the top edge, unless that leaves the first step
  // below the screen, which then sits in the middle of the height.
  const centred = (start: number, length: number, areaStart: number, areaLength: number) =>
    areaStart + areaLength / 2 - (start + length / 2) * zoom;
  const fitsAcross = bounds.width * zoom <= width;
  const fitsDown = bounds.height * zoom <= height;
  const topAligned = area.y0 + (height * padding) / 2 - bounds.y * zoom;
  const anchorShownTopAligned =
    anchor !== undefined && topAligned + (anchor.y + anchor.height) * zoom <= area.y1 - (height * padding) / 2;
  return {
    x:
      fitsAcross || anchor === undefined
        ? centred(bounds.x, bounds.width, area.x0, width)
        : area.x0 + (width * padding) / 2 - anchor.x * zoom,
    y:
      fitsDown || anchor === undefined
        ? centred(bounds.y, bounds.height, area.y0, height)
        : anchorShownTopAligned
          ? topAligned
          : centred(anchor.y, anchor.height, area.y0, height),
    zoom,
  };
}
