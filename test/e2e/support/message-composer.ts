/// <reference lib="dom" />
// The message composer's controls as a test drives them: the channel select and the customer picker.
import type { Page } from 'playwright-core';

/** Searches the customer picker inside `scope` and picks the customer. */
export async function pickCustomer(page: Page, scope: string, search: string, customerId: string): Promise<void> {
  const picker = page.locator(`${scope} [data-testid="customer-picker"]`);
  await picker.locator('input[type="search"]').fill(search);
  await picker.locator(`option[value="${customerId}"]`).waitFor({ state: 'attached' });
  await picker.locator('select').selectOption(customerId);
}

/** Chooses a channel in the form inside `scope` (options are shown by name: "Email", "Sms"…). */
export async function chooseChannel(page: Page, scope: string, channel: string) {
  const select = page.locator(`${scope} [name="channel"]`);
  const value = await select
    .locator('option')
    .evaluateAll(
      (options, wanted) =>
        options.find((option) => option.textContent?.trim().toLowerCase() === wanted)?.getAttribute('value'),
      channel,
    );
  if (value == null) throw new Error(`no channel option ${channel}`);
  await select.selectOption(value);
}
