// Issue 4's journey settings: a marketer sets re-entry with a cooldown, exit criteria (leaving a
// segment, an event with a property condition), an entry limit and a conversion goal in the
// editor's settings panel; the edits autosave, undo and redo like any other, and the published IR
// carries them.
import { readFileSync } from 'node:fs';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ingest } from '../support/stack';
import { journeyStatus, savedDraft } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

const settingsField = (page: Page, name: string) => page.getByTestId('journey-settings').locator(`[name="${name}"]`);

describe('journey settings', () => {
  e2e('sets re-entry, exit criteria, entry limit and goal, undoes and redoes, and publishes them', async ({ app }) => {
    const { page, api } = app;
    const segment = await api.segments.create.mutate({
      name: 'Active VIPs',
      description: '',
      rule: { type: 'tag', tag: 'VIP', has: true },
    });
    const journey = await api.journeys.create.mutate({ name: 'Welcome with settings', graph: welcome });
    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();

    // The toolbar button brings the settings into the side panel, whatever was selected.
    await page.getByTestId('journey-settings-button').click();
    const panel = page.getByTestId('journey-settings');
    await panel.waitFor();
    expect(await panel.locator('[name="reentry"][value="once"]').isChecked()).toBe(true);

    await panel.locator('[name="reentry"][value="after_exit"]').check();
    await settingsField(page, 'reentryCooldown.enabled').check();
    await settingsField(page, 'reentryCooldown.amount').fill('3');
    await settingsField(page, 'reentryCooldown.unit').selectOption('days');

    await page.getByTestId('exit-add-segment').click();
    // Until a segment is chosen the row is a draft: nothing unfinished reaches the document.
    expect(await panel.getAttribute('data-complete')).toBe('false');
    await expect
      .poll(() => settingsField(page, 'exitOn.0.segmentId').locator('option').allTextContents(), poll)
      .toContain('Active VIPs');
    await settingsField(page, 'exitOn.0.segmentId').selectOption(segment.id);
    await page.getByTestId('exit-add-event').click();
    await settingsField(page, 'exitOn.1.event').fill('unsubscribed');
    await panel.getByRole('button', { name: 'Property condition' }).click();
    await settingsField(page, 'exitOn.1.where.0.path').fill('channel');
    await settingsField(page, 'exitOn.1.where.0.value').fill('line');

    await settingsField(page, 'entryLimit.enabled').check();
    await settingsField(page, 'entryLimit.max').fill('500');

    await settingsField(page, 'goal.enabled').check();
    await settingsField(page, 'goal.event').fill('purchase');
    await settingsField(page, 'goal.window.enabled').check();
    await settingsField(page, 'goal.window.amount').fill('2');
    await settingsField(page, 'goal.window.unit').selectOption('weeks');
    expect(await panel.getAttribute('data-complete')).toBe('true');

    const expected = {
      reentry: 'after_exit',
      reentryCooldown: { amount: 3, unit: 'days' },
      entryLimit: { max: 500, per: { amount: 1, unit: 'days' } },
      exitOn: [
        { event: 'segment_exited', where: [{ path: 'segmentId', op: 'eq', value: segment.id }] },
        { event: 'unsubscribed', where: [{ path: 'channel', op: 'eq', value: 'line' }] },
      ],
      goal: { event: 'purchase', where: [], withinMs: 14 * 86_400_000 },
    };
    await expect.poll(async () => (await savedDraft(page, api, journey.id)).settings, poll).toMatchObject(expected);

    // Settings edits are document edits: undo takes the last one back (and the panel shows it), redo restores it.
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await savedDraft(page, api, journey.id)).settings, poll).not.toMatchObject(expected);
    await page.getByTestId('redo').click();
    await expect.poll(() => settingsField(page, 'goal.window.unit').inputValue(), poll).toBe('weeks');
    await expect.poll(async () => (await savedDraft(page, api, journey.id)).settings, poll).toMatchObject(expected);

    await page.getByTestId('publish').click();
    await page.getByTestId('publish-dialog').waitFor();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => journeyStatus(page), poll).toBe('live');
    const live = await api.journeys.get.query({ journeyId: journey.id });
    if (live.liveVersionId === null) throw new Error('no live version');
    const published = await api.journeys.version.query({ versionId: live.liveVersionId });
    expect(published.ir.settings).toMatchObject(expected);
    expect(published.ir.exit).toEqual(expected.exitOn);
    expect(published.ir.goal).toEqual(expected.goal);

    // The published version shows the same settings, read-only.
    await app.open(`/journeys/${journey.id}/versions/${live.liveVersionId}`);
    await page.getByTestId('readonly-banner').waitFor();
    await page.getByTestId('journey-settings-button').click();
    // The segment list arrives from the server after the panel opens.
    await expect.poll(() => settingsField(page, 'exitOn.0.segmentId').inputValue(), poll).toBe(segment.id);
    expect(await settingsField(page, 'exitOn.0.segmentId').isDisabled()).toBe(true);
    expect(await panel.locator('[name="reentry"][value="after_exit"]').isChecked()).toBe(true);
  });

  e2e(
    'exit events are picked from what the workspace received, trimmed, and refused with an invisible character',
    async ({ app, stack }) => {
      const { page, api, key } = app;
      for (let n = 0; n < 2; n += 1) {
        const body = { userId: 'mei', event: 'unsubscribed', messageId: `exit-picker-${n}` };
        expect((await ingest(stack, key, '/v1/track', body)).status).toBe(200);
      }
      const journey = await api.journeys.create.mutate({ name: 'Picked exits', graph: welcome });
      await app.open(`/journeys/${journey.id}`);
      await page.locator('.react-flow__pane').waitFor();
      await page.getByTestId('journey-settings-button').click();
      await page.getByTestId('exit-add-event').click();
      const picker = settingsField(page, 'exitOn.0.event');
      await picker.click();
      const option = page.getByRole('option', { name: /unsubscribed/ });
      await expect.poll(() => option.innerText(), poll).toContain('2 times in 30 days');
      await option.click();
      const exitEvents = async () =>
        (await savedDraft(page, api, journey.id)).settings?.exitOn?.map((exit) => exit.event);
      await expect.poll(exitEvents, poll).toEqual(['unsubscribed']);

      // A name pasted with a zero-width space looks right and would never match: refused, with a reason.
      await picker.fill('order\u200Bplaced');
      await page.getByTestId('name-refused').waitFor();
      expect(await picker.inputValue()).toBe('unsubscribed');
      // A new name is typed; the spaces a paste brings along are trimmed when the box is left.
      await picker.fill(' order_placed ');
      expect(await page.getByTestId('name-refused').count()).toBe(0);
      await page.getByTestId('journey-settings').locator('legend').first().click();
      await expect.poll(exitEvents, poll).toEqual(['order_placed']);
    },
  );
});
