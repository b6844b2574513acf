/// <reference lib="dom" />
// The canvas does the tidy work for the marketer: a step dropped on a link is wired into it, a step
// added while another is selected follows it, no card lands on another, "Tidy up" keeps the cards
// readable, the minimap covers no step, and a journey need not end in End steps.
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { eventually } from '../support/eventually';
import { describeLayout, dropFromPalette, flowNode, readCanvas, settledNodeBoxes } from './support/canvas';
import { graphShape, journeyStatus, savedDraft, selectNode } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const READABLE_ZOOM = 0.6;

const node = (id: string, type: string, config: unknown, x: number, y = 0) => ({
  id,
  type,
  position: { x, y },
  data: { config },
});
const link = (source: string, target: string, sourceHandle = 'out') => ({
  id: `${source}-${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

/** joined → wait 1 day, far apart on one row: the link between them is a straight line. */
const twoSteps: JourneyGraphInput = {
  nodes: [
    node('joined', 'core.trigger.event', { event: 'joined' }, 0),
    node('pause', 'core.wait', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, 900),
  ],
  edges: [link('joined', 'pause')],
};

/** A trigger and nine tags in a row, laid out nowhere in particular, without an End step. */
function tenSteps(): JourneyGraphInput {
  const tags = Array.from({ length: 9 }, (_, index) =>
    node(`tag-${index + 1}`, 'core.tag', { add: [`step-${index + 1}`] }, (index % 3) * 90, 400 + index * 37),
  );
  return {
    nodes: [node('joined', 'core.trigger.event', { event: 'joined' }, 0), ...tags],
    edges: tags.map((tag, index) => link(index === 0 ? 'joined' : `tag-${index}`, tag.id)),
  };
}

async function zoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}

async function openJourney(app: { page: Page; open(path: string): Promise<void> }, journeyId: string): Promise<void> {
  await app.open(`/journeys/${journeyId}`);
  await app.page.getByTestId('node-card').first().waitFor();
}

async function noOverlaps(page: Page): Promise<boolean> {
  const boxes = await eventually(() => settledNodeBoxes(page), UI_TIMEOUT_MS);
  return !describeLayout(boxes, { x: 0, y: 0, width: 1e6, height: 1e6 }).overlapping;
}

describe('canvas ergonomics', () => {
  e2e('a step dropped on a link is wired in between its ends, and undo takes it out in one step', async ({ app }) => {
    const { page, api } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    const journey = await api.journeys.create.mutate({ name: 'Drop on a link', graph: twoSteps });
    await openJourney(app, journey.id);
    // Half way between the two cards, on the link but beside its "+" button.
    const from = await flowNode(page, 'joined').boundingBox();
    const to = await flowNode(page, 'pause').boundingBox();
    if (!from || !to) throw new Error('cards not on screen');
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const at = {
      x: Math.round((from.x + from.width + to.x) / 2 - 40 - pane.x),
      y: Math.round(from.y + from.height / 2 - pane.y),
    };
    const tag = await dropFromPalette(page, 'core.tag', at);

    const wiring = async () => graphShape(await savedDraft(page, api, journey.id)).edges;
    await expect.poll(wiring, poll).toEqual([
      { source: 'joined', sourceHandle: 'out', target: tag },
      { source: tag, sourceHandle: 'out', target: 'pause' },
    ]);
    expect(await noOverlaps(page)).toBe(true);

    await page.getByTestId('undo').click();
    await expect
      .poll(async () => (await readCanvas(page)).nodes.map((item) => item.id), poll)
      .toEqual(['joined', 'pause']);
    await expect.poll(wiring, poll).toEqual([{ source: 'joined', sourceHandle: 'out', target: 'pause' }]);
  });

  e2e(
    'a step added while a step is selected follows it, wired; a step dropped on a card is nudged clear',
    async ({ app }) => {
      const { page, api } = app;
      await page.setViewportSize({ width: 1440, height: 900 });
      const journey = await api.journeys.create.mutate({ name: 'Add after', graph: twoSteps });
      await openJourney(app, journey.id);
      await selectNode(page, 'pause');
      const before = new Set((await readCanvas(page)).nodes.map((item) => item.id));
      await page.getByTestId('palette-item-core.tag').click();
      const added = await eventually(async () => {
        const fresh = (await readCanvas(page)).nodes.filter((item) => !before.has(item.id));
        return fresh.length === 1 ? fresh[0]?.id : undefined;
      }, UI_TIMEOUT_MS);
      await expect
        .poll(async () => graphShape(await savedDraft(page, api, journey.id)).edges, poll)
        .toContainEqual({ source: 'pause', sourceHandle: 'out', target: added });

      // Dropped right on top of the wait's card: it lands next to it instead.
      const target = await flowNode(page, 'pause').boundingBox();
      const pane = await page.locator('.react-flow__pane').boundingBox();
      if (!target || !pane) throw new Error('the wait is not on screen');
      await dropFromPalette(page, 'core.reward.points', {
        x: Math.round(target.x + target.width / 2 - pane.x),
        y: Math.round(target.y + target.height / 2 - pane.y),
      });
      expect(await noOverlaps(page)).toBe(true);
    },
  );

  e2e(
    'tidy up on a 10-step journey keeps a readable zoom with the first step in view; the minimap covers no step',
    async ({ app }) => {
      const { page, api } = app;
      await page.setViewportSize({ width: 1024, height: 700 });
      const journey = await api.journeys.create.mutate({ name: 'Ten steps', graph: tenSteps() });
      await openJourney(app, journey.id);
      // The steps start piled on each other; tidy up (ELK, asynchronous) spreads them out.
      const piled = await eventually(() => settledNodeBoxes(page), UI_TIMEOUT_MS);
      expect(describeLayout(piled, { x: 0, y: 0, width: 1e6, height: 1e6 }).overlapping).toBe(true);
      await page.getByTestId('auto-layout').click();
      const boxes = await eventually(async () => {
        const settled = await settledNodeBoxes(page);
        return settled && !describeLayout(settled, { x: 0, y: 0, width: 1e6, height: 1e6 }).overlapping
          ? settled
          : undefined;
      }, UI_TIMEOUT_MS);
      expect(await zoom(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
      const pane = await page.locator('.react-flow__pane').boundingBox();
      if (!pane) throw new Error('no pane');
      const first = boxes.find((box) => box.id === 'joined');
      expect(first && describeLayout([first], pane).allInside).toBe(true);
      expect(describeLayout(boxes, { x: 0, y: 0, width: 1e6, height: 1e6 }).overlapping).toBe(false);
      // The minimap sits over no card.
      const minimap = await page.locator('.react-flow__minimap').boundingBox();
      if (minimap)
        expect(
          describeLayout([...boxes, { id: 'minimap', ...minimap }], { x: 0, y: 0, width: 1e6, height: 1e6 })
            .overlapping,
        ).toBe(false);

      // Fit shows all ten, still clear of the minimap.
      await page.getByTestId('fit-view').click();
      await expect
        .poll(async () => {
          const all = await settledNodeBoxes(page);
          return all !== undefined && describeLayout(all, pane).allInside;
        }, poll)
        .toBe(true);
      const fitted = await eventually(() => settledNodeBoxes(page), UI_TIMEOUT_MS);
      const home = await page.locator('.react-flow__minimap').boundingBox();
      if (!home) throw new Error('the minimap is hidden after fit, though fit leaves room for it');
      expect(
        describeLayout([...fitted, { id: 'minimap', ...home }], { x: 0, y: 0, width: 1e6, height: 1e6 }).overlapping,
      ).toBe(false);
    },
  );

  e2e('a journey without End steps publishes', async ({ app }) => {
    const { page, api } = app;
    const journey = await api.journeys.create.mutate({ name: 'Open ends', graph: tenSteps() });
    await openJourney(app, journey.id);
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-dialog').waitFor();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => journeyStatus(page), poll).toBe('live');
    const live = await api.journeys.get.query({ journeyId: journey.id });
    const version = await api.journeys.version.query({ versionId: live.liveVersionId ?? '' });
    expect(version.ir.steps['tag-9']?.next).toEqual({ out: null });
  });
});
