/// <reference lib="dom" />
// The Flex builder of a LINE send: a coupon card filled from the form is previewed as LINE draws it
// (the phone's chat bubble) and written into the step's Flex field — in English and 繁體中文.
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { couponBot } from '../support/line-coupon-bot';
import { selectNode } from './support/editor';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };

describe('Flex builder', () => {
  e2e('fills a coupon card, sees it as LINE draws it, and uses it as the step’s Flex', async ({ app }) => {
    const { page, api } = app;
    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
    const journey = await api.journeys.create.mutate({ name: 'Coupon bot', graph: couponBot });
    await app.open(`/journeys/${journey.id}`);
    await selectNode(page, 'menu');
    const builder = page.getByTestId('flex-builder').first();
    await builder.getByRole('button', { name: 'Build from a layout' }).click();

    // Until the required fields are filled, the builder says which.
    await expect
      .poll(() => builder.getByTestId('flex-builder-problems').innerText(), poll)
      .toBe('Fix these before using the layout: Title, Button label, Button link');
    await builder.locator('[name="flex-title"]').fill('{{ customer.name }}, 20% off');
    await builder.locator('[name="flex-code"]').fill('TEA-2026');
    await builder.locator('[name="flex-buttonLabel"]').fill('Use it');
    await builder.locator('[name="flex-buttonUrl"]').fill('https://shop.example/use');

    const preview = builder.getByTestId('flex-builder-preview');
    await expect
      .poll(
        () =>
          preview
            .getByTestId('chat-alt-text')
            .innerText()
            .catch(() => ''),
        poll,
      )
      .toContain('{{ customer.name }}, 20% off');
    expect(await preview.locator('iframe').count()).toBe(1);
    await builder.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'flex-builder-en-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'flex-builder-en-1024.png') });

    await builder.getByTestId('flex-builder-apply').click();
    const flex = page.getByTestId('inspector').locator('textarea[name="flex"]');
    await expect.poll(() => flex.inputValue(), poll).toContain('"text": "TEA-2026"');
    const written = JSON.parse(await flex.inputValue()) as { type: string; footer: unknown };
    expect(written.type).toBe('bubble');
    expect(written.footer).toMatchObject({
      contents: [{ type: 'button', action: { type: 'uri', label: 'Use it', uri: 'https://shop.example/use' } }],
    });

    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => builder.innerText(), poll).toContain('優惠券卡片');
    await builder.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'flex-builder-zh-TW-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'flex-builder-zh-TW-1440.png') });
  });
});
