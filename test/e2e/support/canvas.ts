/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Driving React Flow as a user does: HTML5 drag from the palette, mouse drags between handles, and
// reading back what the canvas shows. Selectors are React Flow's own classes plus the editor's test ids.
import type { Locator, Page } from 'playwright-core';
import { eventually } from '../../support/eventually';
import { UI_TIMEOUT_MS } from './fixtures';
import { box, flowNode, scrollToNode } from './scroll-to-node';

export interface CanvasNode {
  id: string;
  /** `data-node-type` of the node card, e.g. `core.wait`. */
  type: string | null;
}

export interface Canvas {
  nodes: CanvasNode[];
  edgeIds: string[];
}

/** A point in pixels from the top-left corner of the canvas (React Flow's pane). */
export interface PanePoint {
  x: number;
  y: number;
}

/**
 * React Flow pans the canvas while a connection is dragged within this many pixels of its edge
 * (`autoPanOnConnect`), moving the target away from the pointer; handles must sit further inside.
 */
const AUTO_PAN_MARGIN = 45;

export { flowNode, scrollToNode };

export const sourceHandle = (page: Page, nodeId: string, port: string): Locator =>
  flowNode(page, nodeId).locator(`.react-flow__handle.source[data-handleid="${port}"]`);

export const targetHandle = (page: Page, nodeId: string): Locator =>
  flowNode(page, nodeId).locator('.react-flow__handle.target');

/** Node ids and types, and edge ids, as rendered (sorted, so two readings compare equal). */
export async function readCanvas(page: Page): Promise<Canvas> {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => ({
      id: element.dataset.id ?? '',
      type: element.querySelector<HTMLElement>('[data-testid="node-card"]')?.dataset.nodeType ?? null,
    }));
    const edgeIds = [...document.querySelectorAll<SVGElement>('.react-flow__edge')].map(
      (element) => element.dataset.id ?? '',
    );
    return { nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)), edgeIds: edgeIds.sort() };
  });
}

/** The size of the canvas, to place nodes relative to it. */
export async function paneSize(page: Page): Promise<{ width: number; height: number }> {
  const { width, height } = await box(page.locator('.react-flow__pane'));
  return { width, height };
}

/**
 * Drags the palette item of `type` onto the canvas at `at` (HTML5 drag and drop: Playwright's
 * `dragTo` drives Chromium's real drag events) and resolves with the id of the node that appeared.
 */
export async function dropFromPalette(page: Page, type: string, at: PanePoint): Promise<string> {
  const before = new Set((await readCanvas(page)).nodes.map((node) => node.id));
  await page.getByTestId(`palette-item-${type}`).dragTo(page.locator('.react-flow__pane'), { targetPosition: at });
  const added = await eventually(async () => {
    const fresh = (await readCanvas(page)).nodes.filter((node) => !before.has(node.id));
    return fresh.length > 0 ? fresh : undefined;
  }, UI_TIMEOUT_MS);
  if (added.length !== 1 || added[0]?.type !== type) {
    throw new Error(`dropping ${type} added ${JSON.stringify(added)}, expected one ${type} node`);
  }
  return added[0].id;
}

async function assertAwayFromEdges(page: Page, handle: { x: number; y: number }, what: string): Promise<void> {
  const flow = await box(page.locator('.react-flow'));
  const inside =
    handle.x > flow.x + AUTO_PAN_MARGIN &&
    handle.x < flow.x + flow.width - AUTO_PAN_MARGIN &&
    handle.y > flow.y + AUTO_PAN_MARGIN &&
    handle.y < flow.y + flow.height - AUTO_PAN_MARGIN;
  if (!inside) {
    throw new Error(
      `${what} at ${handle.x},${handle.y} is within ${AUTO_PAN_MARGIN}px of the canvas edge, where React Flow auto-pans during a connection; place the nodes further inside`,
    );
  }
}

/**
 * Connects `port` of node `source` to node `target` by dragging from the port's handle to the
 * target's input handle with the mouse, and waits for the new edge to be drawn.
 */
export async function connect(page: Page, source: string, port: string, target: string): Promise<void> {
  const edgesBefore = (await readCanvas(page)).edgeIds.length;
  const from = await box(sourceHandle(page, source, port));
  const to = await box(targetHandle(page, target));
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await assertAwayFromEdges(page, start, `handle ${source}.${port}`);
  await assertAwayFromEdges(page, end, `the input of ${target}`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  await eventually(
    async () => ((await readCanvas(page)).edgeIds.length === edgesBefore + 1 ? true : undefined),
    UI_TIMEOUT_MS,
  ).catch(() => {
    throw new Error(`connecting ${source}.${port} → ${target} drew no edge`);
  });
}

/** Selects a node by clicking its card, dragging the canvas first if the card is off screen. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await scrollToNode(page, id);
  await flowNode(page, id).getByTestId('node-card').click();
}

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where every node card is on screen once nothing moves: two readings one animation frame apart
 * must agree (layout and fit-view animate), otherwise undefined — for polling.
 */
export async function settledNodeBoxes(page: Page): Promise<NodeBox[] | undefined> {
  return page.evaluate(async () => {
    const read = () =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => {
        const rect = element.getBoundingClientRect();
        return { id: element.dataset.id ?? '', x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      });
    const first = read();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const second = read();
    return JSON.stringify(first) === JSON.stringify(second) ? second : undefined;
  });
}

/** Whether every box lies inside `frame`, and whether any two overlap. */
export function describeLayout(
  boxes: readonly NodeBox[],
  frame: { x: number; y: number; width: number; height: number },
): { allInside: boolean; overlapping: boolean } {
  const allInside = boxes.every(
    (box) =>
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= frame.x + frame.width &&
      box.y + box.height <= frame.y + frame.height,
  );
  const overlapping = boxes.some((a, index) =>
    boxes
      .slice(index + 1)
      .some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height),
  );
  return { allInside, overlapping };
}
