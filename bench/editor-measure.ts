/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Measurements inside one browser page of the editor: how long until a big journey is usable, and
// how smoothly a node follows the mouse.
import type { Page } from 'playwright-core';

/** Rendered nodes and the one a click selected. */
export interface OpenMeasurement {
  ms: number;
  /** Node cards in the DOM when interactive: fewer than the journey has when the editor virtualises. */
  renderedNodes: number;
  /** Nodes the minimap draws: the whole journey, virtualised or not. */
  minimapNodes: number;
  clickedNodeId: string;
}

export interface DragMeasurement {
  /** requestAnimationFrame callbacks per second while the mouse drags a node. */
  fps: number;
  /** Frames per second in which the dragged node's on-screen position changed. */
  updatesPerSecond: number;
  /** Mouse moves the page accepted during the drag. */
  moves: number;
  moved: boolean;
}

// The page runs under the server's CSP (script-src 'self', no 'unsafe-eval'), so nothing here makes
// the page evaluate a string: no waitForFunction (Playwright polls with a predicate compiled from
// text in the page). Each in-page function is passed whole to page.evaluate and loops on
// requestAnimationFrame itself. They name no inner function (a declaration, a `const f = () =>` or an
// object-literal method): tsx (keepNames) would wrap it in a `__name` helper that does not exist in
// the page; their loops are arrows assigned to a member afterwards, which gets no name.

/** Counts animation frames, and frames in which node `nodeId` moved, until `__dragProbe.running` is cleared. */
function startFrameProbe(nodeId: string): void {
  const probe = {
    frames: 0,
    updates: 0,
    running: true,
    start: performance.now(),
    last: '',
    read: undefined as unknown as () => string,
    tick: undefined as unknown as () => void,
  };
  probe.read = () =>
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`)?.style.transform ?? '';
  probe.last = probe.read();
  probe.tick = () => {
    if (!probe.running) return;
    probe.frames++;
    const now = probe.read();
    if (now !== probe.last) probe.updates++;
    probe.last = now;
    requestAnimationFrame(probe.tick);
  };
  (window as unknown as { __dragProbe: typeof probe }).__dragProbe = probe;
  requestAnimationFrame(probe.tick);
}

/**
 * True once the canvas viewport has kept the same transform for 10 frames (false at the deadline):
 * the editor positions its view after the first paint (a large journey opens at its trigger), and
 * a card picked before that may scroll away.
 */
function viewportSettled(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const state = {
      last: '',
      stable: 0,
      deadline: performance.now() + timeoutMs,
      tick: undefined as unknown as () => void,
    };
    state.tick = () => {
      const now = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      state.stable = now !== '' && now === state.last ? state.stable + 1 : 0;
      state.last = now;
      if (state.stable >= 10) resolve(true);
      else if (performance.now() > state.deadline) resolve(false);
      else requestAnimationFrame(state.tick);
    };
    requestAnimationFrame(state.tick);
  });
}

/**
 * The id of a node card fully inside the canvas, away from its edges by `margin`, checked every
 * frame until there is one (undefined at the deadline).
 */
function nodeInView({ margin, timeoutMs }: { margin: number; timeoutMs: number }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const state = { deadline: performance.now() + timeoutMs, tick: undefined as unknown as () => void };
    state.tick = () => {
      const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
      for (const element of flow === undefined ? [] : document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const rect = element.getBoundingClientRect();
        const visible = getComputedStyle(element).visibility !== 'hidden' && rect.width > 0;
        const inside =
          flow !== undefined &&
          rect.left > flow.left + margin &&
          rect.right < flow.right - margin &&
          rect.top > flow.top + margin &&
          rect.bottom < flow.bottom - margin;
        // Clickable, not just inside: the palette or side panel may lie over the canvas's edges.
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        if (visible && inside && hit !== null && element.contains(hit) && element.dataset.id) {
          return resolve(element.dataset.id);
        }
      }
      if (performance.now() > state.deadline) resolve(undefined);
      else requestAnimationFrame(state.tick);
    };
    requestAnimationFrame(state.tick);
  });
}

/**
 * "Interactive": from the start of navigation until a click on a node card in view has selected it.
 * The click waits for the card to be visible and stable and is handled only once the main thread is
 * free, so long tasks after the first paint count. The editor may virtualise (render only the
 * cards in view); the cards then in the DOM and the nodes the minimap draws are reported beside it.
 */
export async function measureOpen(page: Page, url: string, timeoutMs: number): Promise<OpenMeasurement> {
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  if (!(await page.evaluate(viewportSettled, timeoutMs)))
    throw new Error(`the canvas did not settle in ${timeoutMs} ms`);
  // Should the view still move, the chosen card may unmount: pick one in view again.
  for (let attempt = 1; ; attempt++) {
    const id = await page.evaluate(nodeInView, { margin: 40, timeoutMs });
    if (id === undefined) throw new Error(`no node card came into view in ${timeoutMs} ms`);
    try {
      await page.locator(`.react-flow__node[data-id="${id}"]`).click({ timeout: 2_000 });
      await page.locator(`.react-flow__node.selected[data-id="${id}"]`).waitFor({ timeout: 2_000 });
    } catch (error) {
      if (attempt >= 5) throw error;
      continue;
    }
    return {
      ms: Date.now() - start,
      renderedNodes: await page.locator('.react-flow__node').count(),
      minimapNodes: await page.locator('.react-flow__minimap-node').count(),
      clickedNodeId: id,
    };
  }
}

/** Drags node `id` around a circle with the mouse for `durationMs`, counting animation frames in the page. */
export async function measureDrag(page: Page, id: string, durationMs: number): Promise<DragMeasurement> {
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  const box = await node.boundingBox();
  if (box === null) throw new Error(`node ${id} is not on screen`);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.evaluate(startFrameProbe, id);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const before = await node.evaluate((element) => element.style.transform);
  let moves = 0;
  for (const until = Date.now() + durationMs; Date.now() < until; moves++) {
    const angle = moves / 8;
    await page.mouse.move(centre.x + 120 * Math.sin(angle) + (moves % 3), centre.y + 80 * (1 - Math.cos(angle)));
  }
  await page.mouse.up();
  const probe = await page.evaluate(() => {
    const found = (
      window as unknown as { __dragProbe: { frames: number; updates: number; running: boolean; start: number } }
    ).__dragProbe;
    found.running = false;
    return { frames: found.frames, updates: found.updates, seconds: (performance.now() - found.start) / 1000 };
  });
  const after = await node.evaluate((element) => element.style.transform);
  return {
    fps: probe.frames / probe.seconds,
    updatesPerSecond: probe.updates / probe.seconds,
    moves,
    moved: after !== before,
  };
}
