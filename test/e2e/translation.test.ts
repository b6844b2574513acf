/// <reference lib="dom" />
// Every page and panel of the tour in 繁體中文 and 简体中文: no English words of the product's own
// (labels, buttons, help, placeholders, tooltips, screen-reader names) are left. What the workspace
// itself holds — names, ids, event and attribute keys, JSON in the audit log — is data and stays
// as written; the journeys visited are the Chinese template's so their step names are Chinese too.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiClient } from '../support/stack';
import { e2e } from './support/fixtures';
import { seedShowcase, showcaseCustomers } from './support/showcase';
import { settle, tourStops } from './support/tour';

/** Text of the product's own that is English: what a translation left out. */
async function englishLeftovers(page: Page, data: readonly string[]): Promise<string[]> {
  return page.evaluate((dataTexts) => {
    const known = new Set(dataTexts);
    // Names a Chinese-speaking marketer reads as they are.
    const productTerms =
      /^(Wayfarer|React Flow|LINE|Messenger|Webhook|SMS|Email|CSV|API|HTML|Flex|Liquid|URL|JSON|UTC|A\/B(\/n)?)$/;
    // Ids, keys, event names, tags, time zones, e-mail and web addresses: one token, not a sentence.
    const identifier = /^[\w.:@+\-/{}"=,]*[a-z_.:@\-/\d][\w.:@+\-/{}"=,]*$/;
    const english = (text: string) => {
      const trimmed = text.trim();
      if (!/[A-Za-z]{3,}/.test(trimmed) || /[\u3040-\u30ff\u3400-\u9fff]/.test(trimmed)) return false;
      if (known.has(trimmed) || productTerms.test(trimmed)) return false;
      const isData = (token: string) =>
        !/[A-Za-z]/.test(token) || (identifier.test(token) && !/^[A-Z][a-z]+$/.test(token));
      // A line made only of data tokens ("+vip member_stage = regular") is data too.
      return !trimmed.split(/\s+/).every(isData);
    };
    // Data shown as data, and the step's technical details a developer opens on purpose.
    const excluded =
      'pre, code, script, style, [translate="no"], [data-testid="developer-details"], [data-testid="problems-developer-details"], .react-flow__attribution';
    const where = (element: Element) =>
      element.closest('[data-testid]')?.getAttribute('data-testid') ?? element.tagName.toLowerCase();
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(excluded) || !parent.checkVisibility({ visibilityProperty: true })) continue;
      if (english(node.textContent ?? '')) found.push(`${where(parent)}: ${node.textContent?.trim()}`);
    }
    for (const element of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
      if (element.closest(excluded)) continue;
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(name) ?? '';
        if (english(value)) found.push(`${where(element)} @${name}: ${value}`);
      }
    }
    return [...new Set(found)];
  }, data);
}

describe('the UI in Chinese', () => {
  for (const locale of ['zh-TW', 'zh-CN'] as const) {
    e2e(`no page or panel shows English of its own in ${locale}`, async ({ stack, browser, page }) => {
      const seeded = await seedShowcase(stack);
      // The Chinese template's journey, published, stands in for the English one on every stop.
      await apiClient(stack, seeded.key).journeys.publish.mutate({ journeyId: seeded.draftJourneyIdZh });
      const showcase = { ...seeded, draftJourneyId: seeded.draftJourneyIdZh, liveJourneyId: seeded.draftJourneyIdZh };
      const data = [
        'Taipei Tea House',
        'VIP tea lovers',
        'First-time buyers',
        'Mid-Autumn tea sale',
        ...showcaseCustomers.flatMap((customer) => [customer.userId, ...Object.values(customer.traits)]),
        'Da-an',
        // The made-up customer template previews render for, and an address format example.
        'Mei',
        'Shop <news@shop.example>',
      ];
      await page.context().addInitScript((value) => localStorage.setItem('wayfarer.locale', value), locale);
      const leftovers: string[] = [];
      for (const stop of tourStops) {
        if (stop.signedOut) {
          // Signed out, the page follows the browser's language.
          const context = await browser.newContext({ locale });
          const fresh = await context.newPage();
          await stop.prepare?.(fresh);
          await fresh.goto(`${stack.url}${stop.path(showcase)}`);
          await settle(fresh);
          leftovers.push(...(await englishLeftovers(fresh, data)).map((text) => `${stop.name} › ${text}`));
          await context.close();
          continue;
        }
        await page.goto(`${stack.url}${stop.path(showcase)}#apiKey=${encodeURIComponent(showcase.key)}`);
        await settle(page);
        if (stop.then) await stop.then(page);
        leftovers.push(...(await englishLeftovers(page, data)).map((text) => `${stop.name} › ${text}`));
      }
      expect(leftovers).toEqual([]);
    });
  }
});
