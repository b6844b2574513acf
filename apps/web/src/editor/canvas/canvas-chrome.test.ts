import { describe, expect, it } from 'vitest';
import { chromeRects, minimapCorner, minimapRect } from './canvas-chrome';

const pane = { width: 1000, height: 600 };

describe('the minimap', () => {
  it('stays at the bottom right while no step is under it', () => {
    expect(minimapCorner(pane, [0, 0, 1], [{ x: 100, y: 100, width: 240, height: 96 }])).toBe('bottom-right');
  });

  it('moves to the top right when a step is under its home, and hides when both corners hold steps', () => {
    const underHome = { x: 800, y: 480, width: 240, height: 96 };
    expect(minimapCorner(pane, [0, 0, 1], [underHome])).toBe('top-right');
    expect(minimapCorner(pane, [0, 0, 1], [underHome, { x: 850, y: 20, width: 240, height: 96 }])).toBeUndefined();
  });

  it('is one of the areas fit keeps steps out of', () => {
    expect(chromeRects(pane)).toContainEqual(minimapRect(pane, 'bottom-right'));
  });
});

it('sees cards through the viewport: a card far away covers nothing, one zoomed under it does', () => {
  const card = { x: 2000, y: 1000, width: 240, height: 96 };
  expect(minimapCorner(pane, [0, 0, 1], [card])).toBe('bottom-right');
  expect(minimapCorner(pane, [0, 0, 0.45], [card])).toBe('top-right');
});
