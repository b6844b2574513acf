// A condition's event property is picked from the properties that event was received with — with
// how often, how lately, its type and examples — or typed new; trimmed, and refused with an invisible
// character. In a trigger's filter (node inspector) and in the goal's conditions (journey settings).
import { readFileSync } from 'node:fs';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ingest, type Stack } from '../support/stack';
import { dropFromPalette, paneSize } from './support/canvas';
import { createJourneyFromList, savedDraft, selectNode } from './support/editor';
import { chooseLanguage } from './support/shell';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

async function receive(stack: Stack, key: string, event: string, n: number, properties: Record<string, unknown>) {
  const body = { userId: 'mei', event, properties, messageId: `property-picker-${event}-${n}` };
  expect((await ingest(stack, key, '/v1/track', body)).status).toBe(200);
}

async function receivePurchases(stack: Stack, key: string) {
  await receive(stack, key, 'purchase', 0, { amount: 120, sku: 'TEA-01', store: 'Taipei 101' });
  await receive(stack, key, 'purchase', 1, { amount: 990, sku: 'MUG-02' });
  await receive(stack, key, 'viewed_product', 0, { category: 'tea' });
}

const optionNames = (page: Page) => page.getByRole('listbox').getByRole('option').allInnerTexts();

describe('the event property picker', () => {
  e2e("picks purchase, then amount from purchase's properties, and saves the condition", async ({ app, stack }) => {
    const { page, api, key } = app;
    await receivePurchases(stack, key);
    await app.open('/');
    const journeyId = await createJourneyFromList(page, 'Big spenders');
    await page.locator('.react-flow__pane').waitFor();
    const pane = await paneSize(page);
    const trigger = await dropFromPalette(page, 'core.trigger.event', {
      x: Math.round(pane.width / 2),
      y: Math.round(pane.height / 2),
    });
    await selectNode(page, trigger);
    const inspector = page.getByTestId('inspector');
    await inspector.locator('[name="event"]').click();
    await page.getByRole('option', { name: /purchase/ }).click();
    await inspector.locator('.add-item').click();

    const property = inspector.locator('[name="where.0.path"]');
    await property.click();
    // Only purchase's properties, most used first; viewed_product's category is not offered.
    await expect.poll(() => optionNames(page), poll).toHaveLength(3);
    const options = await optionNames(page);
    expect(options.map((text) => text.split('\n')[0])).toEqual(['amount', 'sku', 'store']);
    expect(options[0]).toContain('on 2 of the last 2 events · last seen just now · number, e.g. 120, 990');
    await page.getByRole('option', { name: /amount/ }).click();
    const config = async () =>
      (await savedDraft(page, api, journeyId)).nodes.find((node) => node.id === trigger)?.data.config;
    await expect.poll(config, poll).toMatchObject({ event: 'purchase', where: [{ path: 'amount' }] });

    // A name pasted with a zero-width space is refused; a new one is typed and trimmed on leaving.
    await property.fill('coupon\u200Bcode');
    await page.getByTestId('name-refused').waitFor();
    expect(await property.inputValue()).toBe('amount');
    await property.fill(' coupon_code ');
    await inspector.getByRole('heading').first().click();
    await expect.poll(config, poll).toMatchObject({ where: [{ path: 'coupon_code' }] });
  });

  e2e("offers the goal event's properties in the goal's conditions, in 繁體中文", async ({ app, stack }) => {
    const { page, api, key } = app;
    await receivePurchases(stack, key);
    const journey = await api.journeys.create.mutate({ name: 'Goal with a condition', graph: welcome });
    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await chooseLanguage(page, 'zh-TW');
    await page.getByTestId('journey-settings-button').click();
    const panel = page.getByTestId('journey-settings');
    await panel.locator('[name="goal.enabled"]').check();
    await panel.locator('[name="goal.event"]').fill('purchase');
    // Leaving the box closes its list (an open list hides the rest of the page from assistive technology).
    await panel.locator('[name="goal.event"]').press('Tab');
    await panel.getByTestId('settings-goal').getByRole('button', { name: '屬性條件' }).click();
    await panel.locator('[name="goal.where.0.path"]').click();
    const sku = page.getByRole('option', { name: /sku/ });
    await expect.poll(() => sku.innerText(), poll).toContain('最近 2 筆事件中有 2 筆');
    expect(await sku.innerText()).toContain('文字，例如 MUG-02, TEA-01');
    await sku.click();
    await panel.locator('[name="goal.where.0.value"]').fill('TEA-01');
    await expect
      .poll(async () => (await savedDraft(page, api, journey.id)).settings?.goal, poll)
      .toMatchObject({ event: 'purchase', where: [{ path: 'sku', op: 'eq', value: 'TEA-01' }] });
  });
});
