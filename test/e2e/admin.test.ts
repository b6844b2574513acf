// Issue 8's admin pages: an admin creates an API key and sees it exactly once, revokes it (the API
// refuses it at once), then finds those changes in the audit log filtered by entity, actor and action.
import { describe, expect } from 'vitest';
import { apiClient, ingest } from '../support/stack';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

describe('admin: API keys and audit log', () => {
  e2e('creates a key shown once, revokes it, and sees both in the audit log', async ({ app, stack }) => {
    const { page, api } = app;
    await api.journeys.create.mutate({ name: 'Noise' });

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'API keys' }).click();
    const form = page.getByTestId('create-key-form');
    await form.locator('[name="name"]').fill('Zapier');
    await form.locator('[name="scope"]').selectOption('full');
    await form.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByTestId('new-key-value');
    await expect.poll(() => shown.inputValue(), poll).toMatch(/^wf_/);
    const key = await shown.inputValue();
    await expect(apiClient(stack, key).journeys.list.query()).resolves.toBeInstanceOf(Array);
    const row = page.locator('[data-testid="api-key-row"][data-name="Zapier"]');
    await expect.poll(() => row.getByTestId('api-key-status').textContent(), poll).toBe('Active');
    expect(await row.textContent()).toContain(key.slice(0, 10));

    await page.getByTestId('new-key-done').click();
    await expect.poll(() => page.getByTestId('new-key-dialog').count(), poll).toBe(0);
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await expect.poll(() => row.getByTestId('api-key-status').textContent(), poll).toBe('Active');
    expect(await page.content()).not.toContain(key);

    await row.getByTestId('revoke-key').click();
    await page.getByTestId('confirm-key-action').click();
    await expect.poll(() => row.getByTestId('api-key-status').textContent(), poll).toBe('Revoked');
    await expect(apiClient(stack, key).journeys.list.query()).rejects.toThrow(/unknown or revoked/);

    await page.getByTestId('app-nav').getByRole('link', { name: 'Audit log' }).click();
    const entries = page.getByTestId('audit-entry');
    await expect
      .poll(() => entries.evaluateAll((items) => items.map((item) => item.dataset.action)), poll)
      .toContain('journeys.create');
    await page.getByTestId('audit-filters').locator('[name="entityType"]').selectOption('api_key');
    await expect
      .poll(() => entries.evaluateAll((items) => items.map((item) => item.dataset.action)), poll)
      .toEqual(['apiKeys.revoke', 'apiKeys.create']);
    const revoke = entries.first();
    await revoke.locator('summary').click();
    await expect
      .poll(() => revoke.locator('[data-testid="audit-change"][data-field="revokedAt"]').count(), poll)
      .toBe(1);
    expect(await page.content()).not.toContain(key);
  });

  e2e('reads in words and folds a run of autosaves into one row that expands', async ({ app }) => {
    const { page, api } = app;
    const journey = await api.journeys.create.mutate({ name: 'Welcome' });
    for (let save = 0; save < 3; save += 1) {
      await api.journeys.saveDraft.mutate({ journeyId: journey.id, graph: { nodes: [], edges: [] } });
    }
    await api.journeys.create.mutate({ name: 'Noise' });

    await app.open('/');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Audit log' }).click();
    const sentences = page.getByTestId('audit-list').locator(':scope > li [data-testid="audit-sentence"]');
    await expect
      .poll(() => sentences.allTextContents(), poll)
      .toEqual([
        'API key “test” created “Noise”',
        expect.stringMatching(/^API key “test” edited the draft of “Welcome” · 3 saves, [\d:–APM ]+$/),
        'API key “test” created “Welcome”',
      ]);
    const autosaves = page.getByTestId('audit-autosaves');
    expect(await autosaves.getAttribute('data-count')).toBe('3');
    expect(await page.locator('[data-testid="audit-entry"][data-action="journeys.saveDraft"]').count()).toBe(0);
    expect(await page.getByTestId('audit-list').innerText()).not.toContain(journey.id);

    await autosaves.locator('summary').first().click();
    const saves = autosaves.getByTestId('audit-entry');
    await expect.poll(() => saves.count(), poll).toBe(3);
    expect(new Set(await saves.getByTestId('audit-sentence').allTextContents())).toEqual(
      new Set(['API key “test” saved the draft of “Welcome”']),
    );

    await page.getByTestId('audit-filters').locator('[name="actorId"]').selectOption({ label: 'test' });
    await expect.poll(() => sentences.count(), poll).toBe(3);

    // The action filter offers the rows' own words, not procedure paths.
    const action = page.getByTestId('audit-filters').locator('[name="action"]');
    const actionNames = await action.locator('option').allTextContents();
    expect(actionNames).toEqual(expect.arrayContaining(['Any action', 'Created', 'Published', 'Saved the draft']));
    expect(actionNames.join(' ')).not.toContain('journeys.');
    await action.selectOption({ label: 'Created' });
    await expect
      .poll(() => sentences.allTextContents(), poll)
      .toEqual(['API key “test” created “Noise”', 'API key “test” created “Welcome”']);
    await action.selectOption({ label: 'Saved the draft' });
    await expect.poll(() => page.getByTestId('audit-autosaves').getAttribute('data-count'), poll).toBe('3');
    expect(await sentences.count()).toBe(1);
  });

  e2e('exports a customer as JSON and erases them after a typed confirmation', async ({ app, stack }) => {
    const { page, api, key } = app;
    const identify = { userId: 'erase-me-1', traits: { name: 'Erin Example', email: 'erin@example.com' } };
    expect((await ingest(stack, key, '/v1/identify', identify)).status).toBe(200);
    const listed = await api.customers.list.query({});
    const customerId = listed.items.find((customer) => customer.externalId === 'erase-me-1')?.id ?? '';

    await app.open(`/customers/${customerId}`);
    await page.getByTestId('customer-profile').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customer').click()]);
    expect(download.suggestedFilename()).toBe(`customer-${customerId}.json`);
    const exported = JSON.parse(await streamText(await download.createReadStream())) as {
      data: { profile: { externalId: string } };
    };
    expect(exported.data.profile.externalId).toBe('erase-me-1');

    await page.getByTestId('erase-customer').click();
    await page.getByTestId('erase-confirm').fill('erase');
    expect(await page.getByTestId('erase-submit').isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm').fill('ERASE');
    await page.getByTestId('erase-submit').click();
    await expect.poll(() => page.getByTestId('customer-external-id').textContent(), poll).toMatch(/^erased:/);
    expect(await page.content()).not.toContain('erin@example.com');
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
