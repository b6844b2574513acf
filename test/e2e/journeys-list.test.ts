// The journeys list: what the workspace has, with its status, found by name, opened in the editor.
import { readFileSync } from 'node:fs';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect } from 'vitest';
import { createUser, insertAuditEntry, upsertMember } from '@wayfarer/db';
import { countEnrollments } from '../integration/broadcasts/support';
import { apiClient, createWorkspaceWithKey, ingest } from '../support/stack';
import { createJourneyFromList, journeyIdFromUrl } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

describe('the journeys list', () => {
  e2e(
    'lists the workspace’s journeys with status, customers and last editor, filters by name, and opens one',
    async ({ app, stack }) => {
      const { page, api } = app;
      const draft = await api.journeys.create.mutate({ name: 'Birthday surprise' });
      const live = await api.journeys.create.mutate({ name: 'Welcome: nudge to first purchase', graph: welcome });
      await api.journeys.publish.mutate({ journeyId: live.id });

      await app.open('/');
      const row = (id: string) => page.locator(`[data-testid="journey-row"][data-journey-id="${id}"]`);
      await row(draft.id).waitFor();
      await row(live.id).waitFor();
      expect(await page.getByTestId('journey-row').count()).toBe(2);
      expect(await row(draft.id).getAttribute('data-status')).toBe('draft');
      expect(await row(live.id).getAttribute('data-status')).toBe('live');
      expect(await row(live.id).innerText()).toContain('Welcome: nudge to first purchase');

      await page.getByTestId('journey-search').fill('birthday');
      await expect.poll(() => page.getByTestId('journey-row').count(), poll).toBe(1);
      expect(await row(draft.id).isVisible()).toBe(true);
      await page.getByTestId('journey-search').fill('');
      await expect.poll(() => page.getByTestId('journey-row').count(), poll).toBe(2);

      // Two sign-ups enter the live journey and wait inside it; the API key made the latest change.
      for (const userId of ['mei', 'ann']) {
        expect((await ingest(stack, app.key, '/v1/track', { userId, event: 'signed_up' })).status).toBe(200);
      }
      await expect.poll(async () => (await countEnrollments(stack.database.db, live.id)).rows, poll).toBe(2);
      await page.reload();
      const counts = async () =>
        Promise.all(
          ['journey-entered', 'journey-active', 'journey-converted'].map((id) =>
            row(live.id).getByTestId(id).innerText(),
          ),
        );
      await expect.poll(counts, poll).toEqual(['2', '2', '0']);
      expect(await row(live.id).getByTestId('journey-edited-by').innerText()).toBe('by API key “test”');
      // A member's change shows their name.
      const member = await createUser(stack.database.db, {
        email: 'mei@example.com',
        name: 'Mei Chen',
        passwordHash: 'x',
      });
      await upsertMember(stack.database.db, app.workspaceId, member.id, 'editor');
      await insertAuditEntry(stack.database.db, {
        workspaceId: app.workspaceId,
        actorType: 'user',
        actorId: member.id,
        action: 'journeys.saveDraft',
        entityType: 'journey',
        entityId: draft.id,
        diff: {},
        requestId: null,
      });
      await page.reload();
      await expect.poll(() => row(draft.id).getByTestId('journey-edited-by').innerText(), poll).toBe('by Mei Chen');

      await row(live.id).getByRole('link', { name: 'Welcome: nudge to first purchase' }).click();
      await expect.poll(() => journeyIdFromUrl(page.url()), poll).toBe(live.id);
    },
  );

  e2e('"New journey" asks for a name, creates an empty draft and opens it', async ({ app }) => {
    await app.open('/');
    const journeyId = await createJourneyFromList(app.page, '首購禮 first purchase gift');
    const journey = await app.api.journeys.get.query({ journeyId });
    expect(journey).toMatchObject({ name: '首購禮 first purchase gift', status: 'draft', liveVersionId: null });
    expect(journey.draft.nodes).toEqual([]);
    expect((await app.api.journeys.list.query()).map((listed) => listed.id)).toEqual([journeyId]);
  });

  e2e(
    'exports a journey as JSON and imports it back as a new draft; a file of another kind is refused',
    async ({ app }) => {
      const { page, api } = app;
      const journey = await api.journeys.create.mutate({ name: '會員歡迎 Welcome', graph: welcome });
      await app.open('/');
      const row = page.locator(`[data-testid="journey-row"][data-journey-id="${journey.id}"]`);
      await row.getByTestId('journey-actions').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-journey').click()]);
      expect(download.suggestedFilename()).toBe('會員歡迎 Welcome.journey.json');
      const text = readFileSync(await download.path(), 'utf8');
      const exported = JSON.parse(text) as JourneyGraphInput;
      expect(exported).toMatchObject({ format: 'wayfarer.journey', formatVersion: 1, name: '會員歡迎 Welcome' });

      const file = page.getByTestId('import-journey-file');
      await file.setInputFiles({
        name: 'welcome.journey.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect.poll(() => page.getByTestId('journey-row').count(), poll).toBe(2);
      const [imported] = (await api.journeys.list.query()).filter((listed) => listed.id !== journey.id);
      const copy = await api.journeys.get.query({ journeyId: imported?.id ?? '' });
      expect(copy).toMatchObject({ name: '會員歡迎 Welcome', status: 'draft' });
      const { nodes, edges, settings } = journey.draft;
      expect(copy.draft).toMatchObject({ nodes, edges, settings });

      await file.setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from('name\nMei') });
      await expect
        .poll(() => page.getByTestId('toast').allInnerTexts(), poll)
        .toContainEqual(expect.stringContaining('“customers.csv” is not a JSON file'));
      expect((await api.journeys.list.query()).length).toBe(2);
    },
  );

  e2e('another workspace’s journeys are not listed', async ({ app, stack }) => {
    const other = await createWorkspaceWithKey(stack, 'Other');
    await apiClient(stack, other.key).journeys.create.mutate({ name: 'Not yours' });
    const mine = await app.api.journeys.create.mutate({ name: 'Mine' });
    await app.open('/');
    await app.page.locator(`[data-testid="journey-row"][data-journey-id="${mine.id}"]`).waitFor();
    expect(await app.page.getByTestId('journey-row').count()).toBe(1);
    expect(await app.page.locator('body').innerText()).not.toContain('Not yours');
  });
});
