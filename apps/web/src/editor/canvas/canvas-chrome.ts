// What React Flow draws over the canvas's corners, and where: "fit" leaves room for it, and the
// minimap moves out of the way of steps it would cover.
import type { Rect } from './fit-viewport';

/** React Flow's panel margin, and the minimap's size (its default, set explicitly on it). */
export const PANEL_MARGIN = 15;
export const MINIMAP_SIZE = { width: 200, height: 150 };
// The zoom controls: three 26 px buttons stacked, bottom left.
const CONTROLS_SIZE = { width: 28, height: 84 };

export type MinimapCorner = 'bottom-right' | 'top-right';

/** Where the minimap sits in a pane, at a corner. */
export function minimapRect(pane: { width: number; height: number }, corner: MinimapCorner): Rect {
  const x = pane.width - PANEL_MARGIN - MINIMAP_SIZE.width;
  const y = corner === 'bottom-right' ? pane.height - PANEL_MARGIN - MINIMAP_SIZE.height : PANEL_MARGIN;
  return { x, y, ...MINIMAP_SIZE };
}

/** The pane areas "fit" keeps steps out of: the minimap at its home corner and the zoom controls. */
export function chromeRects(pane: { width: number; height: number }): Rect[] {
  return [
    minimapRect(pane, 'bottom-right'),
    { x: PANEL_MARGIN, y: pane.height - PANEL_MARGIN - CONTROLS_SIZE.height, ...CONTROLS_SIZE },
  ];
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The corner where the minimap covers none of `cards` (in flow coordinates, seen through
 * `transform`): its home at the bottom right, else the top right; undefined (hidden) when it would
 * cover a step at both. Stops at the first card that rules both out.
 */
export function minimapCorner(
  pane: { width: number; height: number },
  transform: readonly [number, number, number],
  cards: Iterable<Rect>,
): MinimapCorner | undefined {
  const [tx, ty, zoom] = transform;
  const corners: MinimapCorner[] = ['bottom-right', 'top-right'];
  const boxes = corners.map((corner) => {
    const box = minimapRect(pane, corner);
    return { x: (box.x - tx) / zoom, y: (box.y - ty) / zoom, width: box.width / zoom, height: box.height / zoom };
  });
  const covered = boxes.map(() => false);
  for (const card of cards) {
    boxes.forEach((box, index) => {
      if (intersects(card, box)) covered[index] = true;
    });
    if (covered.every(Boolean)) return undefined;
  }
  return corners[covered.indexOf(false)];
}
