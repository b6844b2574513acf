// Journey tags on the journeys list: added from a row's menu (picked from the workspace's tags or
// typed new), shown as chips, filtered by from the picker beside the search, and removed again.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

const row = (page: Page, id: string) => page.locator(`[data-testid="journey-row"][data-journey-id="${id}"]`);
const chips = (page: Page, id: string) =>
  row(page, id).locator('[data-testid="journey-tags"] [data-tag]').allInnerTexts();
const listedIds = async (page: Page) =>
  (
    await page.getByTestId('journey-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-journey-id')))
  ).sort();

async function openTags(page: Page, id: string) {
  await row(page, id).getByTestId('journey-actions').click();
  await page.getByTestId('edit-tags').click();
  await page.getByTestId('tags-dialog').waitFor();
  return page.locator('[data-testid="new-tag"] input');
}

async function saveTags(page: Page) {
  await page.getByTestId('save-tags').click();
  await page.getByTestId('tags-dialog').waitFor({ state: 'detached' });
}

describe('journey tags', () => {
  e2e('tags two journeys, filters the list by a tag and removes one', async ({ app }) => {
    const { page, api } = app;
    const gift = await api.journeys.create.mutate({ name: 'Mid-Autumn gift box' });
    const birthday = await api.journeys.create.mutate({ name: 'Birthday surprise' });
    const welcome = await api.journeys.create.mutate({ name: 'Welcome series' });
    await app.open('/');
    await row(page, welcome.id).waitFor();
    // No tags yet: no tag filter to offer.
    expect(await page.getByTestId('journey-tag-filter').count()).toBe(0);

    // Typed and added with Enter, then with the Add button.
    let input = await openTags(page, gift.id);
    await input.fill('中秋');
    await input.press('Enter');
    await input.fill(' VIP ');
    await page.getByTestId('add-tag').click();
    expect(await page.getByTestId('tags-dialog-tags').locator('[data-tag]').allInnerTexts()).toEqual(['中秋', 'VIP']);
    await saveTags(page);
    await expect.poll(() => chips(page, gift.id), poll).toEqual(['中秋', 'VIP']);

    // The second journey picks the workspace's tag from the list, which says how many carry it.
    input = await openTags(page, birthday.id);
    await input.fill('v');
    const option = page.getByRole('listbox').getByRole('option', { name: /VIP/ });
    await expect.poll(() => option.innerText(), poll).toContain('on 1 journey');
    await option.click();
    await page.getByTestId('add-tag').click();
    // A tag pasted with a zero-width space is refused, with a reason, and nothing is added.
    await input.fill('birth\u200Bday');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('tags-dialog').innerText(), poll).toContain('invisible character');
    await input.fill('vip');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('tags-dialog').innerText(), poll).toContain('already has the tag');
    await saveTags(page);
    await expect.poll(() => chips(page, birthday.id), poll).toEqual(['VIP']);
    expect(await chips(page, welcome.id)).toEqual([]);

    // The picker beside the search narrows the list to one tag.
    const filter = page.getByTestId('journey-tag-filter');
    await expect
      .poll(() => filter.locator('option').allInnerTexts(), poll)
      .toEqual(['All tags', 'VIP (2)', '中秋 (1)']);
    await filter.selectOption('VIP');
    await expect.poll(() => listedIds(page), poll).toEqual([gift.id, birthday.id].sort());
    await filter.selectOption('中秋');
    await expect.poll(() => listedIds(page), poll).toEqual([gift.id]);

    // Removed from a journey while filtering by it: the journey leaves the filtered list.
    await filter.selectOption('VIP');
    await expect.poll(() => listedIds(page), poll).toHaveLength(2);
    await openTags(page, birthday.id);
    await page.getByRole('button', { name: 'Remove tag “VIP”' }).click();
    await saveTags(page);
    await expect.poll(() => listedIds(page), poll).toEqual([gift.id]);
    await expect
      .poll(() => filter.locator('option').allInnerTexts(), poll)
      .toEqual(['All tags', 'VIP (1)', '中秋 (1)']);
    expect((await api.journeys.get.query({ journeyId: birthday.id })).tags).toEqual([]);

    // A chip filters by its tag; the filter clears back to every journey.
    await filter.selectOption('');
    await expect.poll(() => listedIds(page), poll).toHaveLength(3);
    await row(page, gift.id).getByRole('button', { name: '中秋' }).click();
    await expect.poll(() => filter.inputValue(), poll).toBe('中秋');
    await expect.poll(() => listedIds(page), poll).toEqual([gift.id]);

    // Each save is one audited change.
    const { entries } = await api.audit.list.query({ action: 'journeys.setTags' });
    expect(entries.map((entry) => entry.entityId)).toEqual([birthday.id, birthday.id, gift.id]);
  });
});
