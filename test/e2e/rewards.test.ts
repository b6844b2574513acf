// Issue 6's rewards admin and the editor's reward pickers: a marketer creates a coupon pool of three
// uploaded codes and a two-prize lottery in the browser, sees their stock and odds, then drops a
// lucky draw into a journey, picks the lottery and sees one `win:<key>` port per prize. The value
// tiers tab saves a threshold and recomputes, and the leaderboard tab shows a seeded leader (a refused
// save is tested in value-tier-admin.test.ts: the browser logs its 400, which fails a test here).
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { upsertCustomer } from '@wayfarer/db';
import { grantPoints } from '@wayfarer/loyalty';
import { dropFromPalette, paneSize } from './support/canvas';
import { createJourneyFromList, savedDraft, selectNode } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

async function createListPool(page: Page, name: string, codes: string[]): Promise<void> {
  const form = page.getByTestId('pool-form');
  await form.locator('[name="name"]').fill(name);
  await form.locator('[name="source"]').selectOption('list');
  await form.locator('[name="codes"]').fill(codes.join('\n'));
  await page.getByTestId('pool-create').click();
}

async function fillPrize(page: Page, index: number, prize: Record<string, string>): Promise<void> {
  const row = page.locator(`[data-testid="prize-row"][data-index="${index}"]`);
  for (const [name, value] of Object.entries(prize)) {
    const field = row.locator(`[name="${name}"]`);
    if ((await field.evaluate((element) => element.tagName.toLowerCase())) === 'select')
      await field.selectOption(value);
    else await field.fill(value);
  }
}

async function shownOdds(page: Page): Promise<string[][]> {
  return page
    .getByTestId('prize-odds')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-prize-key') ?? '',
        row.querySelector('[data-testid="prize-probability"]')?.textContent ?? '',
        row.querySelector('[data-testid="prize-remaining"]')?.textContent ?? '',
      ]),
    );
}

async function inspectorPorts(page: Page): Promise<string[]> {
  return page
    .getByTestId('side-panel')
    .locator('[data-testid="port"]')
    .evaluateAll((ports) => ports.map((port) => port.getAttribute('data-port') ?? ''));
}

describe('rewards', () => {
  e2e(
    'creates a coupon pool and a lottery, shows stock and odds, and picks the lottery in a draw step',
    async ({ app }) => {
      const { page, api } = app;
      await app.open('/');
      await page.getByTestId('app-nav').getByRole('link', { name: 'Rewards' }).click();

      // A list pool of three codes: three in stock, none issued.
      await page.getByTestId('pools-empty').waitFor();
      await createListPool(page, 'Spring coupons', ['SPRING-A', 'SPRING-B', 'SPRING-C']);
      const pool = page.getByTestId('pool-row');
      await expect.poll(() => pool.getByTestId('pool-remaining').textContent(), poll).toBe('3');
      expect(await pool.getByTestId('pool-inventory').textContent()).toBe('3');
      expect(await pool.getByTestId('pool-issued').textContent()).toBe('0');
      const [listed] = await api.loyalty.couponPools.list.query();
      if (!listed) throw new Error('the pool was not stored');

      // A lottery: a coupon (5 in stock) and 100 points (unlimited), each weight 1 against 2 for no prize.
      await page.getByTestId('rewards-tab-lotteries').click();
      await page.getByTestId('lotteries-empty').waitFor();
      const form = page.getByTestId('lottery-form');
      await form.locator('[name="name"]').first().fill('Spring draw');
      await form.locator('[name="loseWeight"]').fill('2');
      await fillPrize(page, 0, { key: 'coupon', name: 'Spring coupon', weight: '1', stock: '5', kind: 'coupon' });
      await fillPrize(page, 0, { target: listed.id });
      await page.getByTestId('prize-add').click();
      await fillPrize(page, 1, { key: 'points', name: '100 points', weight: '1', kind: 'points', points: '100' });
      await page.getByTestId('lottery-create').click();
      await expect
        .poll(() => shownOdds(page), poll)
        .toEqual([
          ['coupon', '25%', '5'],
          ['points', '25%', 'Unlimited'],
        ]);
      const [lottery] = await api.loyalty.lotteries.list.query();
      if (!lottery) throw new Error('the lottery was not stored');

      // In the editor: drop a lucky draw, pick the lottery, and its prizes become ports.
      await page.getByTestId('app-nav').getByRole('link', { name: 'Journeys' }).click();
      const journeyId = await createJourneyFromList(page, 'Spring lucky draw');
      await page.getByTestId('palette').waitFor();
      const pane = await paneSize(page);
      const draw = await dropFromPalette(page, 'core.lottery.draw', {
        x: Math.round(pane.width / 2),
        y: Math.round(pane.height / 2),
      });
      await selectNode(page, draw);
      const picker = page.getByTestId('inspector').locator('[name="lotteryId"]');
      await expect.poll(() => picker.locator('option').allTextContents(), poll).toContain('Spring draw');
      expect(await inspectorPorts(page)).toEqual(['lose']);
      await picker.selectOption(lottery.lotteryId);
      await expect.poll(() => inspectorPorts(page), poll).toEqual(['win:coupon', 'win:points', 'lose']);
      await expect
        .poll(
          async () => (await savedDraft(page, api, journeyId)).nodes.find((node) => node.id === draw)?.data.config,
          poll,
        )
        .toEqual({
          lotteryId: lottery.lotteryId,
          prizes: [
            { key: 'coupon', name: 'Spring coupon' },
            { key: 'points', name: '100 points' },
          ],
        });
    },
  );

  e2e('creates a badge and a tier, and the coupon and badge pickers offer them by name', async ({ app }) => {
    const { page, api } = app;
    await app.open('/rewards');
    await page.getByTestId('rewards-tab-badges').click();
    const badgeForm = page.getByTestId('badge-form');
    await badgeForm.locator('[name="key"]').fill('early-bird');
    await badgeForm.locator('[name="name"]').fill('Early bird');
    await page.getByTestId('badge-create').click();
    await expect
      .poll(() => page.getByTestId('badge-row').allInnerTexts(), poll)
      .toEqual([expect.stringContaining('Early bird')]);

    await page.getByTestId('rewards-tab-tiers').click();
    const tierForm = page.getByTestId('tier-form');
    await tierForm.locator('[name="key"]').fill('gold');
    await tierForm.locator('[name="name"]').fill('Gold');
    await tierForm.locator('[name="threshold"]').fill('1000');
    await page.getByTestId('tier-create').click();
    await expect
      .poll(() => page.getByTestId('tier-row').allInnerTexts(), poll)
      .toEqual([expect.stringContaining('Points earned ≥ 1000 over 12 months')]);

    const pool = await api.loyalty.couponPools.create.mutate({
      name: 'Welcome',
      source: 'pattern',
      codePattern: 'HELLO-{6}',
      inventory: 50,
    });
    const journey = await api.journeys.create.mutate({
      name: 'Welcome gifts',
      graph: {
        nodes: [
          { id: 'coupon', type: 'core.coupon.issue', position: { x: 0, y: 0 }, data: { config: { poolId: '' } } },
          { id: 'badge', type: 'core.badge.award', position: { x: 360, y: 0 }, data: { config: { badgeKey: '' } } },
        ],
        edges: [],
      },
    });
    await app.open(`/journeys/${journey.id}`);
    await selectNode(page, 'coupon');
    const poolPicker = page.getByTestId('inspector').locator('[name="poolId"]');
    await expect.poll(() => poolPicker.locator('option').allTextContents(), poll).toContain('Welcome (50 left)');
    await poolPicker.selectOption(pool.id);
    await selectNode(page, 'badge');
    const badgePicker = page.getByTestId('inspector').locator('[name="badgeKey"]');
    await expect.poll(() => badgePicker.locator('option').allTextContents(), poll).toContain('Early bird (early-bird)');
    await badgePicker.selectOption('early-bird');
    await expect
      .poll(async () => (await savedDraft(page, api, journey.id)).nodes.map((node) => node.data.config), poll)
      .toEqual([{ poolId: pool.id }, { badgeKey: 'early-bird' }]);
  });

  e2e('a message after a coupon step offers its code by the step’s name and previews it', async ({ app }) => {
    const { page, api } = app;
    const journey = await api.journeys.create.mutate({
      name: 'Coupon then message',
      graph: {
        nodes: [
          {
            id: 'coupon-issue',
            type: 'core.coupon.issue',
            position: { x: 0, y: 0 },
            data: { label: 'Spring coupon', config: { poolId: '' } },
          },
          {
            id: 'send',
            type: 'core.send',
            position: { x: 360, y: 0 },
            data: { config: { channel: 'sms', name: 'Code', body: 'Your code: ' } },
          },
        ],
        edges: [{ id: 'e1', source: 'coupon-issue', sourceHandle: 'issued', target: 'send' }],
      },
    });
    await app.open(`/journeys/${journey.id}`);
    await selectNode(page, 'send');
    const fields = page.getByTestId('inspector').locator('.field-template');
    const values = await fields
      .locator('textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    const bodyField = fields.nth(values.indexOf('Your code: '));
    await bodyField.getByRole('button', { name: /Insert variable/ }).click();
    const item = bodyField.getByRole('menuitem', { name: /Spring coupon · Coupon code/ });
    expect(await item.innerText()).toContain('SPRING-4F7K');
    await bodyField.locator('textarea.template-input').evaluate((area: HTMLTextAreaElement) => {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
    await item.click();
    await expect
      .poll(() => bodyField.locator('textarea.template-input').inputValue(), poll)
      .toBe('Your code: {{ steps.coupon-issue.code | default: "" }}');
    await expect.poll(() => bodyField.getByTestId('template-preview').innerText(), poll).toContain('SPRING-4F7K');
  });

  e2e('saves a value-tier threshold, recomputes the tiers, and shows the leaderboard', async ({ app, stack }) => {
    const { page, api } = app;
    const { db } = stack.database;
    const customer = await upsertCustomer(db, {
      workspaceId: app.workspaceId,
      externalId: 'ann-1',
      traits: { name: 'Ann Leader' },
      timezone: 'UTC',
      locale: 'en',
    });
    const grant = { workspaceId: app.workspaceId, customerId: customer.id, points: 300, reason: 'e2e' };
    await grantPoints(db, { ...grant, idempotencyKey: 'e2e-leader' });
    await app.open('/rewards');
    await page.getByTestId('rewards-tab-value-tiers').click();
    const form = page.getByTestId('value-tiers-form');
    const spend = form.locator('[name="high_value.spend"]');
    await expect.poll(() => spend.inputValue(), poll).toBe('10000');
    await spend.fill('5000');
    await page.getByTestId('value-tiers-save').click();
    await expect
      .poll(async () => (await api.loyalty.valueTiers.get.query()).thresholds.high_value.spend, poll)
      .toBe(5000);
    await expect.poll(() => page.getByTestId('value-tiers-computed').textContent(), poll).toContain('Not computed');
    await page.getByTestId('value-tiers-recompute').click();
    await expect.poll(() => page.getByTestId('value-tiers-computed').textContent(), poll).toContain('Last computed');
    // The one customer bought nothing: potential.
    await expect.poll(() => page.getByTestId('value-tier-count-potential').textContent(), poll).toBe('1');

    await page.getByTestId('rewards-tab-leaderboard').click();
    await expect
      .poll(() => page.getByTestId('leaderboard-row').allInnerTexts(), poll)
      .toEqual([expect.stringMatching(/^1\s+Ann Leader ann-1\s+300$/)]);
  });
});
