/// <reference lib="dom" />
// Bringing a step into view the way a user does: the canvas opens a long journey at a readable
// zoom with its start in view, so a step further on is reached by dragging the canvas.
import type { Locator, Page } from 'playwright-core';

interface PanePoint {
  x: number;
  y: number;
}

export const flowNode = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.waitFor({ state: 'visible' });
  const found = await locator.boundingBox();
  if (found === null) throw new Error(`${String(locator)} has no bounding box`);
  return found;
}

/** A point of the canvas's bare background (nothing drawn over it) from which a drag by `by` stays on the canvas. */
function backgroundPoint({ by, margin }: { by: PanePoint; margin: number }): PanePoint | undefined {
  const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!flow) return undefined;
  for (let row = 1; row < 12; row++) {
    for (let column = 1; column < 12; column++) {
      const x = flow.left + (flow.width * column) / 12;
      const y = flow.top + (flow.height * row) / 12;
      const end = { x: x + by.x, y: y + by.y };
      const staysOn =
        end.x > flow.left + margin &&
        end.x < flow.right - margin &&
        end.y > flow.top + margin &&
        end.y < flow.bottom - margin;
      if (staysOn && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return undefined;
}

/**
 * Brings node `id` well inside the canvas (clear of where React Flow auto-pans during a
 * connection) by dragging the canvas's background towards it. Does nothing to a card in view.
 */
export async function scrollToNode(page: Page, id: string): Promise<void> {
  const margin = 60;
  for (let drags = 0; drags < 8; drags++) {
    const flow = await box(page.locator('.react-flow'));
    const card = await box(flowNode(page, id));
    const inside =
      card.x > flow.x + margin &&
      card.x + card.width < flow.x + flow.width - margin &&
      card.y > flow.y + margin &&
      card.y + card.height < flow.y + flow.height - margin;
    if (inside) return;
    const limit = (value: number, size: number) => Math.max(-size / 3, Math.min(size / 3, value));
    const by = {
      x: Math.round(limit(flow.x + flow.width / 2 - (card.x + card.width / 2), flow.width)),
      y: Math.round(limit(flow.y + flow.height / 2 - (card.y + card.height / 2), flow.height)),
    };
    const start = await page.evaluate(backgroundPoint, { by, margin });
    if (start === undefined) throw new Error(`no bare canvas to drag node ${id} into view from`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + by.x, start.y + by.y, { steps: 8 });
    await page.mouse.up();
  }
  throw new Error(`node ${id} did not come into view`);
}
