// A live journey edited in the editor says so: customers follow the published version until the
// marketer publishes again, and the header must not pretend the edits are live.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { e2e } from './support/fixtures';
import { journeyStatus, saveState, selectNode, setField } from './support/editor';

const poll = { timeout: 15_000, interval: 100 };
/** What the toolbar found comparing the draft with the live version (absent until it has compared). */
const unpublished = (page: Page) => page.locator('.toolbar__start').getAttribute('data-unpublished');

describe('a live journey with unpublished edits', () => {
  e2e('shows "Unpublished changes" after an edit, and no longer once it is published', async ({ app }) => {
    const { page, api } = app;
    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
    const journey = await api.journeys.createFromTemplate.mutate({ templateId: 'first-purchase-gift', locale: 'en' });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    const { draft, liveVersionId: first } = await api.journeys.get.query({ journeyId: journey.id });
    const send = draft.nodes.find((node) => node.type === 'core.send');
    if (send === undefined) throw new Error('the template has no send step');

    await app.open(`/journeys/${journey.id}`);
    await expect.poll(() => journeyStatus(page), poll).toBe('live');
    // A just-published journey opens unchanged, although its steps' older type versions are upgraded.
    await expect.poll(() => unpublished(page), poll).toBe('false');
    const badge = page.getByTestId('unpublished-changes');
    expect(await badge.count()).toBe(0);

    await selectNode(page, send.id);
    await setField(page, 'name', 'Autumn welcome gift');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('Unpublished changes');
    await expect.poll(() => saveState(page), poll).toBe('saved');
    expect(await journeyStatus(page)).toBe('live');

    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => unpublished(page), poll).toBe('false');
    const published = await api.journeys.get.query({ journeyId: journey.id });
    expect(published.liveVersionId).not.toBe(first);
    expect(await page.getByTestId('unpublished-changes').count()).toBe(0);
  });
});
