/// <reference lib="dom" />
// "Send a test to me" in a real browser: a marketer writes a LINE message, sends a test to their own
// test profile, and the local LINE Messaging API (spoken to by the real @line/bot-sdk on the worker)
// receives the rendered text; a test to a profile without a LINE account says so in words.
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { startHttpSink } from '../integration/channels/http-sink';
import { lineMessagingApi } from '../support/line-messaging-api';
import { addLineCustomer, connectLocalLine } from '../support/line-workspace';
import type { Stack } from '../support/stack';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseChannel, pickCustomer } from './support/message-composer';

const poll = { timeout: UI_TIMEOUT_MS };
const dialog = '[data-testid="test-send-dialog"]';

const customer = (stack: Stack, workspaceId: string, externalId: string, name: string, lineUserId?: string) =>
  addLineCustomer(stack.database.db, workspaceId, {
    externalId,
    name,
    ...(lineUserId === undefined ? {} : { lineUserId }),
  });

// The worker delivers on real channels, to the local provider servers only.
e2e.override('stackOptions', { sendTo: ['127.0.0.1'] });

describe('send a test to me', () => {
  e2e(
    'a LINE test reaches the LINE API as rendered; one to a profile without LINE says why not',
    async ({ app, stack }) => {
      const { page, workspaceId } = app;
      const api = lineMessagingApi();
      const line = await startHttpSink(api.reply);
      onTestFinished(() => line.close());
      await connectLocalLine(stack.database.db, stack.secretBox, workspaceId, line.url);
      const lineUserId = `U${'b'.repeat(32)}`;
      const me = await customer(stack, workspaceId, 'me-test', 'My test profile', lineUserId);
      const ann = await customer(stack, workspaceId, 'ann-1', 'Ann Without LINE');

      await app.open('/messages');
      await page.getByRole('button', { name: 'New template' }).click();
      const editor = '[data-testid="template-editor"]';
      await page.locator(`${editor} input`).first().fill('Points reminder');
      await chooseChannel(page, editor, 'line');
      await page
        .locator(`${editor} [name="body"]`)
        .fill('Hi {{ customer.name }}, you have {{ customer.points }} points');

      await page.getByTestId('test-send-button').click();
      await page.locator(dialog).waitFor();
      // LINE has no address of the member's own: the dialog starts on a customer profile.
      expect(await page.locator(`${dialog} input[value="customer"]`).isChecked()).toBe(true);
      await pickCustomer(page, dialog, 'My test', me);
      await page.getByTestId('test-send-submit').click();
      const outcome = page.getByTestId('test-send-outcome');
      await expect.poll(() => outcome.innerText().catch(() => ''), poll).toBe('Test sent by LINE to My test profile.');
      expect(await outcome.getAttribute('data-status')).toBe('sent');
      await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-send-sent-en-1440.png') });
      // What LINE received: the sample customer's data in the text, pushed to the profile's LINE user.
      const pushes = [...api.accepted.values()].map((entry) => entry.body);
      expect(pushes).toEqual([{ to: lineUserId, messages: [{ type: 'text', text: 'Hi Mei, you have 1280 points' }] }]);

      await pickCustomer(page, dialog, 'Ann', ann);
      await page.getByTestId('test-send-submit').click();
      await expect.poll(() => outcome.getAttribute('data-reason').catch(() => null), poll).toBe('no_address');
      expect(await outcome.innerText()).toBe(
        'Not sent: Ann Without LINE has no LINE address. Pick a customer profile that has one, such as your own test profile.',
      );
      expect(await outcome.getAttribute('role')).toBe('alert');
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-send-no-address-en-1024.png') });
      expect(api.accepted.size).toBe(1);
    },
  );
});
