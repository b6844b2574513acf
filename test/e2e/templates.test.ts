// Starting from a template: "Use template" gives a draft named after it; in the editor the
// marketer tidies it up (auto-layout, fit view) and publishes it.
import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { eventually } from '../support/eventually';
import { describeLayout, readCanvas, settledNodeBoxes } from './support/canvas';
import {
  graphShape,
  journeyIdFromUrl,
  journeyStatus,
  saveState,
  savedDraft,
  selectNode,
  shownProblems,
} from './support/editor';
import { e2e, UI_TIMEOUT_MS, type AppSession } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
/** A template with a branch and a handful of steps: readable once fitted. */
const LAYOUT_TEMPLATE = 'first-purchase-gift';

interface UsedTemplate {
  journeyId: string;
  name: string;
  nodeTypes: string[];
}

/**
 * Clicks "Use template" on `card`, goes through the set-up dialog as it starts (or as `setUp`
 * leaves it) and creates the journey; resolves with its id and the card's name and step types.
 */
async function useTemplate(
  app: AppSession,
  card: Locator,
  setUp: (dialog: Locator) => Promise<void> = async () => undefined,
): Promise<UsedTemplate> {
  await card.waitFor();
  expect(await card.getAttribute('data-template-id')).toBeTruthy();
  const name = (await card.getByRole('heading').innerText()).trim();
  const nodeTypes = await card
    .locator('[data-testid="template-node-types"] [data-node-type]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-node-type') ?? ''));
  await card.getByTestId('use-template').click();
  const dialog = app.page.getByTestId('template-setup');
  await dialog.getByTestId('setup-channel').waitFor();
  await setUp(dialog);
  await dialog.getByTestId('template-setup-confirm').click();
  const journeyId = await eventually(async () => journeyIdFromUrl(app.page.url()), UI_TIMEOUT_MS);
  return { journeyId, name, nodeTypes };
}

describe('journey templates', () => {
  e2e(
    '"Use template" creates a draft journey with the template’s steps, named after it, and opens it',
    async ({ app }) => {
      await app.open('/templates');
      const { journeyId, name, nodeTypes } = await useTemplate(app, app.page.getByTestId('template-card').first());
      expect(nodeTypes.length).toBeGreaterThan(1);
      const journey = await app.api.journeys.get.query({ journeyId });
      expect(journey.name).toBe(name);
      expect(journey.status).toBe('draft');
      expect(new Set(journey.draft.nodes.map((node) => node.type))).toEqual(new Set(nodeTypes));
    },
  );

  e2e('in 繁體中文, the new journey gets the template’s Chinese name', async ({ app }) => {
    const heading = app.page.getByTestId('template-card').first().getByRole('heading');
    await app.open('/templates');
    const english = (await heading.innerText()).trim();
    await app.page.getByTestId('language-select').selectOption('zh-TW');
    await expect.poll(async () => (await heading.innerText()).trim(), poll).not.toBe(english);
    const { journeyId, name } = await useTemplate(app, app.page.getByTestId('template-card').first());
    expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect((await app.api.journeys.get.query({ journeyId })).name).toBe(name);
  });

  e2e(
    'a template opens in the editor ready to publish; tidy up and fit view lay it out on screen; it publishes',
    async ({ app }) => {
      const { page, api } = app;
      // The template sends on LINE, which publishing needs connected; the set-up dialog then picks it.
      await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await app.open('/templates');
      const card = page.locator(`[data-testid="template-card"][data-template-id="${LAYOUT_TEMPLATE}"]`);
      const { journeyId } = await useTemplate(app, card);
      await page.getByTestId('node-card').first().waitFor();
      const draft = await savedDraft(page, api, journeyId);
      await expect.poll(async () => (await readCanvas(page)).nodes.length, poll).toBe(draft.nodes.length);
      expect(await journeyStatus(page)).toBe('draft');
      // A template is a working journey: nothing for the marketer to fix before publishing.
      expect((await api.journeys.validate.mutate({ graph: draft })).problems).toEqual([]);
      await expect.poll(() => shownProblems(page), poll).toEqual([]);

      // Tidy up re-arranges the cards (templates come on their own grid, not ELK's) and saves that.
      const positions = (graph: typeof draft) => graph.nodes.map((node) => [node.id, node.position.x, node.position.y]);
      await page.getByTestId('auto-layout').click();
      await expect
        .poll(async () => positions((await api.journeys.get.query({ journeyId })).draft), poll)
        .not.toEqual(positions(draft));
      await expect.poll(() => saveState(page), poll).toBe('saved');
      // Fit view brings every card on screen, none on top of another.
      await page.getByTestId('fit-view').click();
      const flow = await page.locator('.react-flow').boundingBox();
      expect(flow).not.toBeNull();
      await expect
        .poll(async () => {
          const boxes = await settledNodeBoxes(page);
          return boxes === undefined ? 'moving' : describeLayout(boxes, flow!);
        }, poll)
        .toEqual({ allInside: true, overlapping: false });
      // A step's form opens beside the fitted layout: the first message, selected.
      const message = draft.nodes.find((node) => node.type === 'core.send');
      if (message !== undefined) await selectNode(page, message.id);

      await page.getByTestId('publish').click();
      await page.getByTestId('publish-dialog').waitFor();
      await page.getByTestId('publish-confirm').click();
      await expect.poll(() => journeyStatus(page), poll).toBe('live');
      const live = await api.journeys.get.query({ journeyId });
      expect(live.status).toBe('live');
      const published = await api.journeys.version.query({ versionId: live.liveVersionId! });
      expect(graphShape(published.graph)).toEqual(graphShape(live.draft));
      expect(graphShape(live.draft)).toEqual(graphShape(draft));
      expect(Object.keys(published.ir.steps).sort()).toEqual(live.draft.nodes.map((node) => node.id).sort());
    },
  );

  e2e(
    'the set-up dialog creates the lottery and coupon pool a template needs; the journey publishes',
    async ({ app }) => {
      const { page, api } = app;
      await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
      await app.open('/templates');
      const card = page.locator('[data-testid="template-card"][data-template-id="lucky-draw"]');
      const { journeyId } = await useTemplate(app, card, async (dialog) => {
        // LINE is connected, so it is chosen; the lottery is to be created from the template's suggestion.
        expect(await dialog.locator('input[name="channel"][value="line"]').isChecked()).toBe(true);
        const lottery = dialog.locator('[data-testid="setup-asset"][data-kind="lottery"]');
        expect(await lottery.locator('input[value="create"]').isChecked()).toBe(true);
        expect(await lottery.innerText()).toContain('Lucky draw');
      });
      await page.getByTestId('node-card').first().waitFor();
      const lotteries = await api.loyalty.lotteries.list.query();
      expect(lotteries.map((lottery) => [lottery.name, lottery.prizes.map((prize) => prize.key)])).toEqual([
        ['Lucky draw', ['grand', 'coupon']],
      ]);
      expect((await api.loyalty.couponPools.list.query()).map((pool) => pool.name)).toEqual(['Lucky draw coupons']);
      const draft = await savedDraft(page, api, journeyId);
      const draw = draft.nodes.find((node) => node.type === 'core.lottery.draw');
      expect(draw?.data.config).toMatchObject({ lotteryId: lotteries[0]?.lotteryId });
      await expect.poll(() => shownProblems(page), poll).toEqual([]);

      await page.getByTestId('publish').click();
      await page.getByTestId('publish-dialog').waitFor();
      await page.getByTestId('publish-confirm').click();
      await expect.poll(() => journeyStatus(page), poll).toBe('live');
      expect((await api.journeys.get.query({ journeyId })).status).toBe('live');
    },
  );
});
