/// <reference lib="dom" />
// The message template library (issue 5): a marketer writes a template on the Messages page and sees
// it rendered by the server for a real customer; in the editor a send step takes a template's
// content from the library, and its form shows only the chosen channel's fields.
import { readFileSync } from 'node:fs';
import { findCustomerByExternalId } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { startHttpsImageServer } from '../support/https-image-server';
import { ingest, type Stack } from '../support/stack';
import { chooseChannel, pickCustomer } from './support/message-composer';
import { savedDraft, selectNode } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

async function customer(stack: Stack, key: string, workspaceId: string, userId: string, traits: object) {
  expect((await ingest(stack, key, '/v1/identify', { userId, traits })).status).toBe(200);
  const stored = await findCustomerByExternalId(stack.database.db, workspaceId, userId);
  if (!stored) throw new Error(`${userId} not stored`);
  return stored.id;
}

/** Names of the template fields a form shows. */
const templateFields = (page: Page, scope: string) =>
  page.locator(`${scope} textarea`).evaluateAll((areas) => areas.map((area) => area.getAttribute('name') ?? ''));

describe('the message template library', () => {
  e2e('writes a template, previews it for a picked customer and saves it', async ({ app, stack }) => {
    const { page, api, key, workspaceId } = app;
    const meiId = await customer(stack, key, workspaceId, 'mei-001', { name: 'Mei-Ling Chen', locale: 'zh-TW' });
    await customer(stack, key, workspaceId, 'tom-002', { name: 'Tom Lee' });

    await app.open('/messages');
    await page.getByTestId('app-nav').getByRole('link', { name: 'Messages' }).waitFor();
    await page.getByRole('button', { name: 'New template' }).click();
    const editor = '[data-testid="template-editor"]';
    await page.locator(`${editor} input`).first().fill('Welcome mail');
    await chooseChannel(page, editor, 'email');
    // Email's fields: subject, HTML and the text body; no LINE Flex.
    await expect
      .poll(async () => (await templateFields(page, editor)).slice(0, 3), poll)
      .toEqual(['subject', 'body', 'html']);
    expect(await templateFields(page, editor)).not.toContain('flex');
    await page.locator(`${editor} [name="subject"]`).fill('Welcome, {{ customer.name }}');
    await page
      .locator(`${editor} [name="body"]`)
      .fill('Hi {{ customer.name }}, you have {{ customer.points }} points.');
    await page.locator(`${editor} [name="variants.zh-TW.body"]`).fill('{{ customer.name }} 您好！');

    await pickCustomer(page, editor, 'mei', meiId);
    const preview = page.locator(`${editor} [data-testid="server-preview"]`);
    await expect
      .poll(async () => (await preview.isVisible()) && (await preview.innerText()), poll)
      .toContain('Welcome, Mei-Ling Chen');
    // Mei reads Chinese: the server chose her locale's wording, as a send would; the mail's HTML
    // part is drawn in a sandboxed frame, at desktop width first and then at a phone's.
    const mail = page.frameLocator(`${editor} iframe.email-preview__html`);
    await expect.poll(() => mail.locator('body').innerText(), poll).toContain('Mei-Ling Chen 您好！');
    await page.locator(`${editor} [data-testid="email-width"] [data-width="phone"]`).click();
    await expect
      .poll(() => page.locator(`${editor} iframe.email-preview__html`).evaluate((frame) => frame.clientWidth), poll)
      .toBeLessThanOrEqual(375);
    expect(await preview.getAttribute('data-locale')).toBe('zh-TW');

    await page.getByRole('button', { name: 'Save template' }).click();
    await expect
      .poll(async () => (await api.messageTemplates.list.query()).map((item) => item.name), poll)
      .toEqual(['Welcome mail']);
    const [saved] = await api.messageTemplates.list.query();
    expect(saved).toMatchObject({
      channel: 'email',
      content: {
        subject: 'Welcome, {{ customer.name }}',
        variants: { 'zh-TW': { body: '{{ customer.name }} 您好！' } },
      },
    });
    await page.getByTestId('template-row').getByText('Welcome mail').waitFor();
  });

  e2e(
    "inserts a library template into a send step, whose form shows only its channel's fields",
    async ({ app, stack }) => {
      const { page, api, key, workspaceId } = app;
      await page.setViewportSize({ width: 1600, height: 1000 });
      const kenId = await customer(stack, key, workspaceId, 'ken-003', { name: 'Ken Wu' });
      const content = {
        subject: 'Thank you {{ customer.name }}',
        body: 'Thanks {{ customer.name }}!',
        html: '<p>Thanks</p>',
      };
      await api.messageTemplates.create.mutate({ name: 'Thanks mail', channel: 'email', content });
      const { id: journeyId } = await api.journeys.create.mutate({ name: 'Library insert', graph: welcome });

      await app.open(`/journeys/${journeyId}`);
      await selectNode(page, 'send-thanks');
      const inspector = '[data-testid="inspector"]';
      const contentFields = async () =>
        (await templateFields(page, inspector)).filter((name) => !name.startsWith('variants.'));
      // The outbox: a subject and a body; neither email HTML nor a LINE Flex message.
      await expect.poll(contentFields, poll).toEqual(['subject', 'body']);
      await chooseChannel(page, inspector, 'sms');
      await expect.poll(contentFields, poll).toEqual(['body']);
      await chooseChannel(page, inspector, 'line');
      await expect.poll(contentFields, poll).toEqual(['body', 'flex']);
      expect(await templateFields(page, inspector)).not.toContain('variants.en.subject');

      const library = page.getByTestId('message-library');
      await library.getByLabel('Insert from library').selectOption({ label: 'Thanks mail · Email' });
      await library.getByRole('button', { name: 'Insert', exact: true }).click();
      await expect.poll(contentFields, poll).toEqual(['subject', 'body', 'html']);
      expect(await page.locator(`${inspector} [name="subject"]`).inputValue()).toBe(content.subject);

      await expect
        .poll(
          async () =>
            (await savedDraft(page, api, journeyId)).nodes.find((node) => node.id === 'send-thanks')?.data.config,
          poll,
        )
        .toMatchObject({ channel: 'email', name: 'Thanks', ...content });

      // The step's message previewed for a real customer, rendered by the server.
      await pickCustomer(page, inspector, 'ken', kenId);
      await expect
        .poll(
          async () =>
            page
              .locator(`${inspector} [data-testid="server-preview"]`)
              .innerText()
              .catch(() => ''),
          poll,
        )
        .toContain('Thank you Ken Wu');
    },
  );
  e2e('draws a LINE Flex message as a chat bubble and counts an SMS in segments', async ({ app, stack }) => {
    const { page, key, workspaceId } = app;
    const annId = await customer(stack, key, workspaceId, 'ann-004', { name: 'Ann <b>Lin</b>' });
    // The bubble's picture lives on an https server of its own, signed by a test CA the browser is told to accept.
    const picture = await startHttpsImageServer();
    onTestFinished(() => picture.close());
    await (await page.context().newCDPSession(page)).send('Security.setIgnoreCertificateErrors', { ignore: true });
    await app.open('/messages');
    await page.getByRole('button', { name: 'New template' }).click();
    const editor = '[data-testid="template-editor"]';
    await page.locator(`${editor} input`).first().fill('Points card');
    await chooseChannel(page, editor, 'line');
    await page.locator(`${editor} [name="body"]`).fill('Your points card, {{ customer.name }}');
    const flex = {
      type: 'bubble',
      hero: { type: 'image', url: picture.url, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
      body: {
        type: 'box',
        layout: 'vertical',
        contents: [
          { type: 'text', text: 'Hello {{ customer.name }}', weight: 'bold', size: 'xl' },
          { type: 'text', text: '320 points' },
        ],
      },
    };
    await page.locator(`${editor} [name="flex"]`).fill(JSON.stringify(flex));
    await pickCustomer(page, editor, 'ann', annId);

    const chat = page.locator(`${editor} [data-testid="chat-preview"]`);
    await chat.waitFor();
    // Laid out as LINE would, inside a sandboxed frame; the customer's name is text, not markup.
    const bubble = page.frameLocator(`${editor} iframe.chat__flex`);
    await expect.poll(() => bubble.locator('body').innerText(), poll).toContain('Hello Ann <b>Lin</b>');
    expect(await bubble.locator('b').count()).toBe(0);
    expect(await page.locator(`${editor} iframe.chat__flex`).getAttribute('sandbox')).toBe('allow-same-origin');
    expect(await chat.getByTestId('chat-alt-text').innerText()).toContain('Your points card, Ann <b>Lin</b>');
    // The picture loads under the preview frame's policy (https images), not the app's (self only):
    // the server is asked for it, and no CSP refusal reaches the console (the fixture fails on one).
    await expect.poll(() => picture.fetched(), poll).toBeGreaterThan(0);
    expect(await bubble.locator('[style*="background-image"]').first().getAttribute('style')).toContain(picture.url);

    // The same words by SMS: Chinese makes it Unicode, so 70 characters a segment.
    await chooseChannel(page, editor, 'sms');
    await page.locator(`${editor} [name="body"]`).fill('親愛的會員您好，'.repeat(10));
    const segments = page.locator(`${editor} [data-testid="sms-segments"]`);
    await expect.poll(() => segments.getAttribute('data-segments').catch(() => null), poll).toBe('2');
    expect(await segments.innerText()).toContain('2 SMS segments · 80 characters.');
    expect(await segments.innerText()).toContain('70 characters per segment');
  });
});
