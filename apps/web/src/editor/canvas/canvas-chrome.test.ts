import { describe, expect, it } from 'vitest';
import { chromeRects, minimapCorner, minimapRect } from './canvas-chrome';

const pane = { width: 1000, height: 600 };

describe('the minimap', () => {
  it('stays at the bottom right while no step is under it', () => {
    expect(minimapCorner(pane, [{ x: 100, y: 100, width: 240, height: 96 }])).toBe('bottom-right');
  });

  it('moves to the top right when a step is under its home, and hides when both corners hold steps', () => {
    const underHome = { x: 800, y: 480, width: 240, height: 96 };
    expect(minimapCorner(pane, [underHome])).toBe('top-right');
    expect(minimapCorner(pane, [underHome, { x: 850, y: 20, width: 240, height: 96 }])).toBeUndefined();
  });

  it('is one of the areas fit keeps steps out of', () => {
    expect(chromeRects(pane)).toContainEqual(minimapRect(pane, 'bottom-right'));
  });
});
