import { describe, expect, it } from 'vitest';
import { clearArea, fitViewport } from './fit-viewport';

const pane = { width: 1000, height: 600 };
const minimap = { x: 785, y: 435, width: 200, height: 150 };

describe('fitViewport', () => {
  it('fits and centres what fits, like React Flow when nothing covers the pane', () => {
    const view = fitViewport({
      bounds: { x: 0, y: 0, width: 500, height: 100 },
      pane,
      covered: [],
      padding: 0,
      minZoom: 0.1,
      maxZoom: 1,
    });
    expect(view).toEqual({ x: 250, y: 250, zoom: 1 });
  });

  it('keeps the fitted steps clear of the minimap', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 300 };
    const view = fitViewport({ bounds, pane, covered: [minimap], padding: 0, minZoom: 0.1, maxZoom: 1 });
    // A wide journey keeps the full width and gives up the strip under it.
    expect(view.zoom).toBe(0.5);
    const bottom = view.y + bounds.height * view.zoom;
    expect(bottom).toBeLessThanOrEqual(minimap.y);
  });

  it('never zooms out past the floor, and then shows the first step at the left edge', () => {
    const bounds = { x: 0, y: 0, width: 10 * 320, height: 200 };
    const anchor = { x: 0, y: 50, width: 240, height: 96 };
    const view = fitViewport({ bounds, pane, covered: [], padding: 0.1, minZoom: 0.6, maxZoom: 1, anchor });
    expect(view.zoom).toBe(0.6);
    const left = view.x + anchor.x * view.zoom;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThan(100);
  });

  it('shows the top of a journey too tall to fit, unless the first step is further down', () => {
    const bounds = { x: 0, y: 0, width: 10 * 320, height: 3000 };
    const request = { bounds, pane, covered: [], padding: 0.1, minZoom: 0.6, maxZoom: 1 };
    const atTop = fitViewport({ ...request, anchor: { x: 0, y: 0, width: 240, height: 96 } });
    expect(atTop.y).toBeCloseTo((600 * 0.1) / 2);
    const below = fitViewport({ ...request, anchor: { x: 0, y: 2000, width: 240, height: 96 } });
    const anchorTop = below.y + 2000 * below.zoom;
    expect(anchorTop).toBeGreaterThan(0);
    expect(anchorTop + 96 * below.zoom).toBeLessThan(600);
  });

  it('cuts a covered corner off on the side that costs least', () => {
    const tall = clearArea({ bounds: { x: 0, y: 0, width: 100, height: 2000 }, pane, covered: [minimap], padding: 0 });
    expect(tall).toEqual({ x0: 0, y0: 0, x1: 785, y1: 600 });
    const wide = clearArea({ bounds: { x: 0, y: 0, width: 2000, height: 100 }, pane, covered: [minimap], padding: 0 });
    expect(wide).toEqual({ x0: 0, y0: 0, x1: 1000, y1: 435 });
  });
});
