// An admin keeps the workspace's secrets in the browser: a pasted name with an invisible character
// is caught before it is sent, a secret is added, its value replaced and it is deleted — the value
// never on the page — and the audit log says so in words.
import { describe, expect } from 'vitest';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

describe('workspace secrets', () => {
  e2e('adds, replaces and deletes a secret without ever showing its value', async ({ app }) => {
    const { page, api } = app;
    const first = 'crm-token-first-8a1f';
    const second = 'crm-token-second-3c7d';

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Secrets' }).click();
    await page.getByTestId('secrets-empty').waitFor();

    const form = page.getByTestId('secret-form');
    await form.locator('[name="name"]').fill('acme\u200b.crm.token');
    await form.locator('[name="secretValue"]').fill(first);
    await page.getByTestId('save-secret').click();
    await expect.poll(() => form.getByRole('alert').textContent(), poll).toContain('invisible character');
    expect(await api.workspaceSecrets.list.query()).toEqual([]);

    await form.locator('[name="name"]').fill('acme.crm.token');
    await page.getByTestId('save-secret').click();
    const row = page.locator('[data-testid="secret-row"][data-name="acme.crm.token"]');
    await row.waitFor();
    await expect.poll(() => page.getByText('Saved “acme.crm.token”.').count(), poll).toBe(1);
    expect(await row.textContent()).toContain('API key “test”');
    expect(await form.locator('[name="secretValue"]').inputValue()).toBe('');

    await row.getByTestId('replace-secret').click();
    expect(await form.locator('[name="name"]').inputValue()).toBe('acme.crm.token');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), poll)
      .toBe('secretValue');
    await page.keyboard.type(second);
    await page.getByTestId('save-secret').click();
    await expect.poll(() => page.getByText('Replaced the value of “acme.crm.token”.').count(), poll).toBe(1);
    expect((await api.workspaceSecrets.list.query()).map((secret) => secret.name)).toEqual(['acme.crm.token']);
    const html = await page.content();
    expect(html).not.toContain(first);
    expect(html).not.toContain(second);

    await row.getByTestId('delete-secret').click();
    await page.getByTestId('confirm-delete-secret').click();
    await page.getByTestId('secrets-empty').waitFor();
    expect(await api.workspaceSecrets.list.query()).toEqual([]);

    await page.getByTestId('app-nav').getByRole('link', { name: 'Audit log' }).click();
    const sentences = page.locator('[data-testid="audit-entry"][data-entity-type="workspace_secret"]');
    await expect.poll(() => sentences.count(), poll).toBe(3);
    const words = await sentences.getByTestId('audit-sentence').allTextContents();
    expect(words.map((text) => text.replace(/^API key “[^”]*” /, ''))).toEqual([
      'deleted “acme.crm.token”',
      'set “acme.crm.token”',
      'set “acme.crm.token”',
    ]);
    expect(await page.content()).not.toContain(second);
  });
});
