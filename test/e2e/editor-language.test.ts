/// <reference lib="dom" />
// The editor in 繁體中文: node types, toolbar and panels follow the UI language, across a reload.
import { readFileSync } from 'node:fs';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect } from 'vitest';
import { flowNode } from './support/canvas';
import { selectNode } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

describe('the editor in another language', () => {
  e2e(
    'switching to 繁體中文 translates the palette, the cards and the toolbar, and survives a reload',
    async ({ app }) => {
      const { page, api } = app;
      const journey = await api.journeys.create.mutate({ name: '歡迎旅程', graph: welcome });
      await app.open(`/journeys/${journey.id}`);
      const waitCard = flowNode(page, 'wait-3-days').getByTestId('node-card');
      await waitCard.waitFor();
      const englishPublish = await page.getByTestId('publish').innerText();
      expect(await page.getByTestId('palette-item-core.branch').innerText()).toContain('If / else');

      await chooseLanguage(page, 'zh-TW');
      await expect.poll(() => page.getByTestId('palette-item-core.branch').innerText(), poll).toContain('條件分支');
      expect(await page.getByTestId('palette-item-core.send').innerText()).toContain('發送訊息');
      expect(await waitCard.innerText()).toContain('等待');
      expect(await page.getByTestId('publish').innerText()).not.toBe(englishPublish);
      await selectNode(page, 'send-thanks');
      expect(await page.getByTestId('side-panel').innerText()).toMatch(/[\u4e00-\u9fff]/);

      await page.reload();
      await waitCard.waitFor();
      await expect.poll(() => page.getByTestId('palette-item-core.branch').innerText(), poll).toContain('條件分支');
      expect(
        await page
          .getByTestId('journey-name')
          .evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent)),
      ).toContain('歡迎旅程');
    },
  );
});
