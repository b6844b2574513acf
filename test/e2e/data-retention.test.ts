// An admin sets how long history is kept in the browser: days under a table's minimum are refused
// before anything is sent, with the field named in words, good days are saved, and the latest clean-ups show what went.
import { describe, expect } from 'vitest';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

describe('data retention settings', () => {
  e2e('refuses too few days naming the field, saves good ones, lists the clean-ups', async ({ app, stack }) => {
    const { page, api } = app;
    await stack.database.db
      .insertInto('retentionRuns')
      .values({
        id: 'data-retention:e2e:1',
        workspaceId: app.workspaceId,
        startedAt: new Date(),
        finishedAt: new Date(),
        cutoffs: JSON.stringify({}),
        deletedEvents: 1234,
        deletedStepEvents: 56,
        deletedMessages: 7,
      })
      .execute();

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Data retention' }).click();
    const form = page.getByTestId('retention-settings');
    await form.waitFor();
    expect(await form.locator('[name="messagesDays"]').inputValue()).toBe('400');
    const run = page.getByTestId('retention-run');
    await expect.poll(() => run.count(), poll).toBe(1);
    expect((await run.locator('td').allTextContents()).slice(1)).toEqual(['1,234', '56', '7']);

    await form.locator('[name="messagesDays"]').fill('30');
    await page.getByTestId('save-retention').click();
    await expect
      .poll(() => form.getByRole('alert').textContent(), poll)
      .toBe('Sent messages: enter whole days from 90 to 3650.');
    expect((await api.retention.get.query()).settings.messagesDays).toBe(400);

    await form.locator('[name="messagesDays"]').fill('180');
    await form.locator('[name="eventsDays"]').fill('730');
    await page.getByTestId('save-retention').click();
    await page.getByTestId('retention-saved').waitFor();
    expect((await api.retention.get.query()).settings).toEqual({
      eventsDays: 730,
      stepEventsDays: 400,
      messagesDays: 180,
    });
  });
});
