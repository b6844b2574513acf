/// <reference lib="dom" />
// Every page at the two sizes marketers use (a 1024×700 laptop, a 1440×900 desktop): nothing wider
// than the window, the editor's toolbar on one row with Publish on screen, the canvas left usable
// with a panel open. The fixture fails the test on any console error, CSP refusals included.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { e2e } from './support/fixtures';
import { seedShowcase } from './support/showcase';
import { settle, tourStops } from './support/tour';

const viewports = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;

interface Fit {
  /** Elements that scroll sideways although nothing in them should (the page, the main area). */
  overflowing: string[];
  /** Controls drawn (partly) outside the window. */
  offscreen: string[];
}

/** Reads what does not fit: the page's and main area's sideways overflow, controls off-screen. */
async function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const overflowing = [document.documentElement, ...document.querySelectorAll('.app-shell__main, .ui-page, .toolbar')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.className || element.tagName);
    const offscreen = [...document.querySelectorAll<HTMLElement>('button, a, input, select, textarea')]
      .filter((element) => element.offsetParent !== null && !element.closest('.react-flow, .ui-table-scroll'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 1 && (box.left < -1 || box.right > width + 1);
      })
      .map((element) => element.dataset.testid ?? element.getAttribute('aria-label') ?? element.textContent ?? '');
    return { overflowing, offscreen };
  });
}

describe('the layout at 1024×700 and 1440×900', () => {
  for (const viewport of viewports) {
    e2e(`every page fits ${viewport.width}×${viewport.height}`, async ({ stack, browser, page }) => {
      const showcase = await seedShowcase(stack);
      await page.setViewportSize(viewport);
      for (const stop of tourStops) {
        const target = stop.path(showcase);
        if (stop.signedOut) {
          const context = await browser.newContext({ viewport });
          const fresh = await context.newPage();
          await stop.prepare?.(fresh);
          await fresh.goto(`${stack.url}${target}`);
          await settle(fresh);
          expect(await measureFit(fresh), stop.name).toEqual({ overflowing: [], offscreen: [] });
          await context.close();
          continue;
        }
        await page.goto(`${stack.url}${target}#apiKey=${encodeURIComponent(showcase.key)}`);
        await settle(page);
        if (stop.then) await stop.then(page);
        expect(await measureFit(page), stop.name).toEqual({ overflowing: [], offscreen: [] });
        if (stop.name.startsWith('editor')) {
          const toolbar = await page.locator('.toolbar').boundingBox();
          const canvas = await page.locator('.react-flow').boundingBox();
          expect(toolbar?.height, `${stop.name}: the toolbar is one row`).toBeLessThanOrEqual(60);
          expect(canvas?.width, `${stop.name}: the canvas keeps room`).toBeGreaterThan(400);
        }
      }
    });
  }
});
