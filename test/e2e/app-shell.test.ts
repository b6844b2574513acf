/// <reference lib="dom" />
// The shell every page shares: the API-key gate and the UI language.
import { describe, expect } from 'vitest';
import { e2e } from './support/fixtures';
import { chooseLanguage, signOut } from './support/shell';

const STORED_KEY = 'wayfarer.apiKey';
const STORED_LOCALE = 'wayfarer.locale';

describe('the app shell', () => {
  e2e('asks for an API key until one is given, and keeps it', async ({ page, stack, workspace }) => {
    await page.goto(stack.url);
    await page.getByTestId('api-key-disclosure').getByRole('button').click();
    const keyInput = page.locator('.api-key-gate input[name="apiKey"]');
    await keyInput.waitFor();
    await expect.poll(() => page.getByTestId('app-nav').count()).toBe(0);

    await keyInput.fill(workspace.key);
    await page.locator('.api-key-gate button[type="submit"]').click();
    await page.getByTestId('app-nav').waitFor();
    expect(await page.locator('.api-key-gate').count()).toBe(0);
    expect(await page.evaluate((name) => localStorage.getItem(name), STORED_KEY)).toBe(workspace.key);

    await page.reload();
    await page.getByTestId('app-nav').waitFor();
    expect(await page.locator('.api-key-gate').count()).toBe(0);
  });

  e2e('takes the key from #apiKey=, stores it and removes it from the address bar', async ({ app }) => {
    await app.open('/');
    await app.page.getByTestId('app-nav').waitFor();
    expect(await app.page.locator('.api-key-gate').count()).toBe(0);
    expect(await app.page.evaluate((name) => localStorage.getItem(name), STORED_KEY)).toBe(app.key);
    const address = new URL(app.page.url());
    expect(address.hash).toBe('');
    expect(address.pathname).toBe('/');
  });

  e2e('"Forget API key" signs out back to the gate', async ({ app }) => {
    await app.open('/');
    await signOut(app.page);
    await app.page.getByTestId('api-key-disclosure').waitFor();
    expect(await app.page.evaluate((name) => localStorage.getItem(name), STORED_KEY)).toBeNull();
  });

  e2e('switches the UI to 繁體中文 and keeps it across a reload', async ({ app }) => {
    const { page } = app;
    await app.open('/');
    const nav = page.getByTestId('app-nav');
    await expect.poll(() => nav.innerText()).toMatch(/Journeys\s+Templates/);

    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => nav.innerText()).toMatch(/旅程\s+範本/);
    expect(await page.getByTestId('language-select').getAttribute('aria-label')).toBe('語言');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await page.evaluate((name) => localStorage.getItem(name), STORED_LOCALE)).toBe('zh-TW');

    await page.reload();
    await expect.poll(() => nav.innerText()).toMatch(/旅程\s+範本/);
    expect(await page.getByTestId('language-select').inputValue()).toBe('zh-TW');
    expect(await page.getByTestId('sidebar').innerText()).not.toContain('Journeys');
    // Fonts and screen readers follow <html lang>, from the first render after a reload.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
  });
});
