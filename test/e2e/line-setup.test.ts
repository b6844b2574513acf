// The LINE setup wizard in Chromium against a local LINE Messaging API: credentials saved (sealed),
// the bot and the webhook URL shown, the webhook set at LINE and verified by LINE's test reaching
// this server (and LINE's reason shown when the secret is wrong), a test message pushed to a typed
// LINE user id, and the follower count, also while LINE has not counted it yet.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { startHttpSink } from '../integration/channels/http-sink';
import { lineToken } from '../integration/sending/provider-apis';
import { lineConsoleApi } from '../support/line-console-api';
import { lineMessagingApi } from '../support/line-messaging-api';
import { connectLocalLine } from '../support/line-workspace';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const channelSecret = 'e2e-line-channel-secret';
// An offline picture: the page must not reach for LINE's CDN.
const pictureUrl = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><circle cx="24" cy="24" r="24" fill="#06c755"/></svg>',
)}`;

e2e.override('stackOptions', { sendTo: ['127.0.0.1'] });

const shoot = (page: Page, name: string) => page.screenshot({ path: join(FAILURE_SCREENSHOTS, `${name}.png`) });

async function shootBoth(page: Page, name: string) {
  await shoot(page, `${name}-1440`);
  await page.setViewportSize({ width: 1024, height: 700 });
  await shoot(page, `${name}-1024`);
  // Everything of the step fits the narrow window's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('LINE setup wizard', () => {
  e2e('connects LINE step by step against the local LINE API', async ({ app, stack }) => {
    const { page, workspaceId, api } = app;
    const lineConsole = lineConsoleApi({ channelSecret, pictureUrl });
    const lineApi = lineMessagingApi({ console: lineConsole });
    const line = await startHttpSink(lineApi.reply);
    onTestFinished(() => line.close());
    // Where the token works: the local LINE API (what an operator's config points at).
    await connectLocalLine(stack.database.db, stack.secretBox, workspaceId, line.url);

    await app.open('/settings/channels');
    await page.getByTestId('line-setup-open').click();
    const credentials = page.getByTestId('line-setup-credentials');
    await credentials.waitFor();
    await shootBoth(page, 'line-setup-credentials-en');

    // Step 1: a channel id that is not digits is refused in words before anything is saved.
    await credentials.locator('[name="channelId"]').fill('my-channel');
    await credentials.locator('[name="channelSecret"]').fill('wrong-secret-at-first');
    await credentials.locator('[name="channelAccessToken"]').fill(lineToken);
    await page.getByTestId('line-setup-save').click();
    await expect
      .poll(() => credentials.getByRole('alert').first().textContent(), poll)
      .toBe('A channel ID is digits only, e.g. 1657000000.');
    await credentials.locator('[name="channelId"]').fill('1657000202');
    await page.getByTestId('line-setup-save').click();

    // Step 2: the bot, and the URL to paste.
    const webhook = page.getByTestId('line-setup-webhook');
    await expect.poll(() => webhook.getByTestId('line-bot-name').textContent(), poll).toBe('Wayfarer Coffee');
    const webhookUrl = `${stack.url}/v1/webhooks/line/1657000202`;
    expect(await page.getByTestId('line-webhook-url').inputValue()).toBe(webhookUrl);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('line-webhook-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), poll).toBe(webhookUrl);

    // The secret typed does not match LINE's: LINE's test is refused by our webhook, in words.
    await page.getByTestId('line-webhook-set').click();
    const verdict = page.getByTestId('line-webhook-verdict');
    await expect
      .poll(() => verdict.textContent().catch(() => ''), poll)
      .toBe(
        'LINE’s test failed: your server answered 401 instead of 200 (401 Unauthorized). Check the channel secret in step 1.',
      );
    expect(lineConsole.webhookEndpoint()).toBe(webhookUrl);
    await shootBoth(page, 'line-setup-webhook-failed-en');

    // Back to step 1 with the right secret (the stored one shows redacted), then LINE verifies.
    await webhook.getByRole('button', { name: 'Back' }).click();
    await credentials.locator('[name="channelSecret"]').fill(channelSecret);
    await page.getByTestId('line-setup-save').click();
    await page.getByTestId('line-webhook-test').click();
    await expect
      .poll(() => verdict.textContent().catch(() => ''), poll)
      .toBe('Verified: LINE reached your webhook and it answered.');
    await shootBoth(page, 'line-setup-webhook-en');

    // Step 3: a test message to a typed LINE user id arrives at LINE.
    await page.getByTestId('line-setup-next').click();
    const test = page.getByTestId('line-setup-test');
    const to = `U${'d'.repeat(32)}`;
    await test.locator('[name="lineUserId"]').fill('U123');
    await page.getByTestId('line-test-send').click();
    await expect
      .poll(() => test.getByRole('alert').first().textContent(), poll)
      .toBe('A LINE user ID is U followed by 32 characters 0–9 and a–f.');
    await test.locator('[name="lineUserId"]').fill(to);
    await page.getByTestId('line-test-send').click();
    const outcome = page.getByTestId('line-test-outcome');
    await expect.poll(() => outcome.getAttribute('data-status').catch(() => null), poll).toBe('sent');
    expect(await outcome.textContent()).toBe(`Test sent by LINE to ${to}.`);
    const pushes = [...lineApi.accepted.values()].map((entry) => entry.body);
    expect(pushes).toEqual([
      { to, messages: [{ type: 'text', text: 'Hello from Wayfarer! Your LINE channel is connected.' }] },
    ]);
    await shootBoth(page, 'line-setup-test-en');

    // Step 4: the follower count; and "not counted yet" in words.
    await page.getByTestId('line-setup-next').click();
    const followers = page.getByTestId('line-followers');
    await expect.poll(() => followers.getAttribute('data-status').catch(() => null), poll).toBe('ready');
    expect(await followers.locator('dd').allTextContents()).toEqual(['1,234', '1,100', '12']);
    await shootBoth(page, 'line-setup-followers-en');
    lineConsole.answerFollowers({ status: 'unready' });
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => followers.getAttribute('data-status').catch(() => null), poll).toBe('unready');
    expect(await followers.textContent()).toMatch(
      /^LINE has not finished counting .+ yet\. Check again later today\.$/,
    );

    // Saved as the LINE card saves it: the webhook side knows the channel id.
    const state = (await api.channels.list.query()).find((channel) => channel.channel === 'line');
    expect(state?.config).toMatchObject({
      channelId: '1657000202',
      channelAccessToken: expect.stringMatching(/^••••/),
    });
  });
});
