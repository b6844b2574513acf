/// <reference lib="dom" />
// A LINE keyword bot in the editor: the keyword trigger's form and card, and the send step's quick
// replies and "reply for free", shown only while the step sends on LINE — in English and 繁體中文.
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { couponBot } from '../support/line-coupon-bot';
import { flowNode } from './support/canvas';
import { selectNode, setField } from './support/editor';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };

describe('LINE interactions in the editor', () => {
  e2e('the keyword trigger and the quick replies of a LINE send, in English and 繁體中文', async ({ app }) => {
    const { page, api } = app;
    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
    const journey = await api.journeys.create.mutate({ name: 'Coupon bot', graph: couponBot });
    await app.open(`/journeys/${journey.id}`);
    const keywordCard = flowNode(page, 'keyword').getByTestId('node-card');
    await expect.poll(() => keywordCard.innerText(), poll).toContain('When a LINE message says “優惠” or “coupon”');

    await selectNode(page, 'keyword');
    const inspector = page.getByTestId('inspector');
    await expect.poll(() => inspector.innerText(), poll).toContain('Keywords');
    expect(await inspector.innerText()).toContain('coupon');
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-keyword-en-1440.png') });

    await selectNode(page, 'menu');
    await expect.poll(() => inspector.innerText(), poll).toContain('Quick replies');
    expect(await inspector.innerText()).toContain('Reply for free');
    const data = inspector.locator('[name="quickReplies.0.data"]');
    expect(await data.inputValue()).toBe('action=coupon&id=7');
    await data.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-quick-replies-en-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-quick-replies-en-1024.png'), fullPage: true });

    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => inspector.innerText(), poll).toContain('快速回覆按鈕');
    expect(await inspector.innerText()).toContain('免費回覆');
    await data.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-quick-replies-zh-TW-1024.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-quick-replies-zh-TW-1440.png'), fullPage: true });
    await selectNode(page, 'keyword');
    await expect.poll(() => keywordCard.innerText(), poll).toContain('LINE 訊息為 「優惠」或「coupon」 時');
    await expect.poll(() => inspector.innerText(), poll).toContain('關鍵字');
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'line-keyword-zh-TW-1440.png') });

    // On another channel the LINE-only fields go away (and are not sent).
    await selectNode(page, 'menu');
    await setField(page, 'channel', '簡訊');
    await expect.poll(() => inspector.innerText(), poll).not.toContain('快速回覆按鈕');
    expect(await inspector.locator('[name="reply"]').count()).toBe(0);
  });
});
