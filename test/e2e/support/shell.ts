// The app shell as a user drives it: the sidebar's language control (a select when the sidebar is
// full, a menu when it is a rail of icons) and the account menu.
import type { Page } from 'playwright-core';

const languageNames: Readonly<Record<string, string>> = { en: 'English', 'zh-TW': '繁體中文', 'zh-CN': '简体中文' };

/** Switches the UI language the way the sidebar offers it. */
export async function chooseLanguage(page: Page, locale: string): Promise<void> {
  const select = page.getByTestId('language-select');
  if (await select.isVisible()) {
    await select.selectOption(locale);
    return;
  }
  await page.getByTestId('language-menu').click();
  await page.getByRole('menuitem', { name: languageNames[locale] ?? locale }).click();
}

/** Signs out (or forgets the API key) from the account menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
}
