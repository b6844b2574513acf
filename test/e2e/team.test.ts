// A team: the first visitor signs up as owner, turns on approvals and invites an editor; the editor
// joins from the invitation link, cannot publish and asks for approval; the owner approves and
// publishes. Two browser contexts, so two separate session cookies.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { createApiKey } from '@wayfarer/db';
import { describe, expect } from 'vitest';
import { apiClient } from '../support/stack';
import { journeyStatus } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;
const password = 'team test password';

async function fill(page: Page, form: string, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    await page.getByTestId(form).locator(`[name="${name}"]`).fill(value);
  }
  await page.getByTestId(form).locator('button[type="submit"]').click();
}

describe('teams', () => {
  e2e('an editor asks for approval; the owner approves and publishes', async ({ stack, browser, page }) => {
    // The owner signs up on the empty installation.
    await page.goto(`${stack.url}/`);
    await fill(page, 'sign-up-form', {
      name: 'Olive Owner',
      email: 'olive@team.example',
      password,
      workspaceName: 'Team',
    });
    await page.getByTestId('user-menu').waitFor();

    // Approvals on; an editor invited, with a link to hand over.
    await page.goto(`${stack.url}/settings/members`);
    await page.getByTestId('require-approval').click();
    await expect.poll(() => page.getByTestId('require-approval').isChecked(), poll).toBe(true);
    await page.getByTestId('invite-form').locator('[name="email"]').fill('eddie@team.example');
    await page.getByTestId('invite-role').selectOption('editor');
    await page.getByTestId('invite-form').locator('button[type="submit"]').click();
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/accept-invitation#[\w-]{43}$/);

    // A journey to work on (a developer's key of the new workspace puts a valid graph in place).
    const workspace = await stack.database.db
      .selectFrom('workspaces')
      .select('id')
      .where('name', '=', 'Team')
      .executeTakeFirstOrThrow();
    const { key } = await createApiKey(stack.database.db, { workspaceId: workspace.id, name: 'dev', scope: 'full' });
    const api = apiClient(stack, key);
    const journey = await api.journeys.create.mutate({ name: 'Welcome', graph: welcome });

    // The editor joins in a browser of their own.
    const editorContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    editorContext.setDefaultTimeout(UI_TIMEOUT_MS);
    try {
      const editor = await editorContext.newPage();
      await editor.goto(link);
      await fill(editor, 'accept-invitation-form', { name: 'Eddie Editor', password });
      await editor.getByTestId('user-menu').waitFor();
      await editor.goto(`${stack.url}/journeys/${journey.id}`);
      await editor.getByTestId('request-approval').waitFor();
      expect(await editor.getByTestId('publish').count()).toBe(0);
      await editor.getByTestId('request-approval').click();
      await expect.poll(() => editor.getByTestId('approval-state').getAttribute('data-state'), poll).toBe('pending');
    } finally {
      await editorContext.close();
    }
    expect(await api.journeys.approval.query({ journeyId: journey.id })).toMatchObject({ state: 'pending' });

    // The owner approves that revision and publishes it.
    await page.goto(`${stack.url}/journeys/${journey.id}`);
    await page.getByTestId('approve').click();
    await expect.poll(() => page.getByTestId('approval-state').getAttribute('data-state'), poll).toBe('approved');
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => journeyStatus(page), poll).toBe('live');
    expect((await api.journeys.get.query({ journeyId: journey.id })).status).toBe('live');
    const members = await api.members.list.query();
    expect(members.members.map((member) => [member.email, member.role]).sort()).toEqual([
      ['eddie@team.example', 'editor'],
      ['olive@team.example', 'owner'],
    ]);
  });
});
