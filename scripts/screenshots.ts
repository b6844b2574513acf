// Screenshots of the UI from the real product: builds the web app, starts the test stack (Postgres,
// Temporal dev server, worker, server), fills a workspace with a little of everything and drives
// Chromium through it.
//
//   npx tsx scripts/screenshots.ts            README pictures: docs/screenshots/editor-{en,zh-TW}.png
//   npx tsx scripts/screenshots.ts --tour     every page at 1440×900 and 1024×700 in English and
//                                             繁體中文, into .reports/screenshots/ (for looking at)
//   npx tsx scripts/screenshots.ts --tour --only=editor,journeys   a few pages of the tour
//
// It needs a Postgres to create its database on: TEST_DATABASE_URL, e.g.
// postgres://postgres:postgres@127.0.0.1:5432/postgres (vitest's global set-up provides one to tests).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { buildWebApp } from '../test/e2e/support/web-app';
import { startStack } from '../test/support/stack';
import { seedShowcase, type Showcase } from '../test/e2e/support/showcase';
import { flowNode, scrollToNode } from '../test/e2e/support/scroll-to-node';
import { settle, tourStops } from '../test/e2e/support/tour';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const LOCALES = ['en', 'zh-TW'] as const;

const selectSend = async (page: Page) => {
  const card = page.locator('.react-flow__node:has([data-testid="node-card"][data-node-type="core.send"])').first();
  const id = (await card.getAttribute('data-id')) ?? '';
  await scrollToNode(page, id);
  await flowNode(page, id).getByTestId('node-card').click();
  await page.getByTestId('inspector').waitFor();
};

async function openAs(browser: Browser, url: string, key: string, locale: string, viewport: object) {
  const context = await browser.newContext({ viewport: viewport as { width: number; height: number }, locale });
  await context.addInitScript((value) => localStorage.setItem('wayfarer.locale', value), locale);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.warn(`  console: ${message.text()}`);
  });
  return { context, page, open: (path: string) => page.goto(`${url}${path}#apiKey=${encodeURIComponent(key)}`) };
}

async function readmePictures(browser: Browser, url: string, showcase: Showcase): Promise<void> {
  for (const locale of LOCALES) {
    const session = await openAs(browser, url, showcase.key, locale, { width: 1440, height: 900 });
    await session.open(`/journeys/${locale === 'en' ? showcase.draftJourneyId : showcase.draftJourneyIdZh}`);
    await session.page.getByTestId('node-card').first().waitFor();
    await selectSend(session.page);
    await settle(session.page);
    const path = join(repoRoot, 'docs', 'screenshots', `editor-${locale}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await session.page.screenshot({ path, animations: 'disabled' });
    console.log(`wrote ${path}`);
    await session.context.close();
  }
}

async function takeTour(browser: Browser, url: string, showcase: Showcase, only: string[] | null): Promise<void> {
  const folder = join(repoRoot, '.reports', 'screenshots');
  mkdirSync(folder, { recursive: true });
  const stops = tourStops.filter((stop) => only === null || only.includes(stop.name));
  for (const viewport of VIEWPORTS) {
    for (const locale of LOCALES) {
      const session = await openAs(browser, url, showcase.key, locale, viewport);
      for (const stop of stops) {
        if (stop.signedOut) {
          const fresh = await openAs(browser, url, '', locale, viewport);
          await stop.prepare?.(fresh.page);
          await fresh.page.goto(`${url}${stop.path(showcase)}`);
          await settle(fresh.page);
          const path = join(folder, `${stop.name}-${viewport.width}-${locale}.png`);
          await fresh.page.screenshot({ path, animations: 'disabled' });
          console.log(`wrote ${path}`);
          await fresh.context.close();
          continue;
        }
        await session.open(stop.path(showcase));
        await settle(session.page);
        if (stop.then) await stop.then(session.page);
        await settle(session.page);
        const path = join(folder, `${stop.name}-${viewport.width}-${locale}.png`);
        await session.page.screenshot({ path, animations: 'disabled' });
        console.log(`wrote ${path}`);
      }
      await session.context.close();
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyArg = args.find((arg) => arg.startsWith('--only='));
  const only = onlyArg === undefined ? null : onlyArg.slice('--only='.length).split(',');
  const web = await buildWebApp();
  const stack = await startStack('screenshots', { webRoot: web.root });
  const browser = await launchChromium();
  try {
    const showcase = await seedShowcase(stack);
    if (args.includes('--tour')) await takeTour(browser, stack.url, showcase, only);
    else await readmePictures(browser, stack.url, showcase);
  } finally {
    await browser.close();
    await stack.close();
    web.remove();
  }
}

await main();
