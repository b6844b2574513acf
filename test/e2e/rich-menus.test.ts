/// <reference lib="dom" />
// The LINE rich menu editor in a real browser: a marketer uploads a menu image, picks a layout (its
// tap areas drawn over the image), writes what each area does, creates the menu on the local LINE
// Messaging API and sees it listed; then makes it the default.
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { startHttpSink } from '../integration/channels/http-sink';
import { lineMessagingApi } from '../support/line-messaging-api';
import { connectLocalLine } from '../support/line-workspace';
import { solidPng } from '../support/rich-menu-image';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

// The server makes menus on LINE: it may call the local LINE server only.
e2e.override('stackOptions', { sendTo: ['127.0.0.1'] });

describe('LINE rich menus', () => {
  e2e('creates a menu from an image and a layout, lists it and makes it the default', async ({ app, stack }) => {
    const { page, workspaceId } = app;
    const api = lineMessagingApi();
    const line = await startHttpSink(api.reply);
    onTestFinished(() => line.close());
    await connectLocalLine(stack.database.db, stack.secretBox, workspaceId, line.url);

    await app.open('/settings/channels');
    await page.getByTestId('open-rich-menus').click();
    await page.getByTestId('rich-menu-new').click();
    const editor = page.getByTestId('rich-menu-editor');
    await editor.getByLabel('Name').fill('Member menu');
    await editor.getByLabel('Chat bar text').fill('會員選單');
    await page
      .getByTestId('rich-menu-image')
      .setInputFiles({ name: 'menu.png', mimeType: 'image/png', buffer: solidPng(2500, 1686) });
    await expect.poll(() => editor.innerText(), poll).toContain('Image ready (large)');
    await page.getByTestId('rich-menu-layout').getByRole('button', { name: '4 areas' }).click();
    await expect.poll(() => editor.getByTestId('rich-menu-area').count(), poll).toBe(4);

    const values = ['action=points', 'action=coupon', 'Show my points', 'https://shop.example/vip'];
    const kinds = ['postback', 'postback', 'message', 'uri'];
    for (const [index, value] of values.entries()) {
      await editor.getByLabel(`Area ${index + 1} · When tapped`).selectOption(kinds[index] ?? 'postback');
      await editor.getByLabel(`Area ${index + 1} · Value`).fill(value);
    }
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'rich-menu-editor-en-1440.png') });
    await page.getByTestId('rich-menu-save').click();

    const card = page.getByTestId('rich-menu-card');
    await expect.poll(() => card.innerText().catch(() => ''), poll).toContain('Member menu');
    expect(await card.innerText()).toContain('4 tap areas');
    // LINE has the menu with the image and the four areas, each with its action.
    const [made] = [...api.richMenus.menus.values()];
    expect(made?.image?.type).toBe('image/png');
    expect((made?.body as unknown as { areas: { action: unknown }[] }).areas.map((area) => area.action)).toEqual([
      { type: 'postback', data: 'action=points' },
      { type: 'postback', data: 'action=coupon' },
      { type: 'message', text: 'Show my points' },
      { type: 'uri', uri: 'https://shop.example/vip' },
    ]);

    await card.getByRole('button', { name: 'Set as default' }).click();
    await expect.poll(() => card.innerText(), poll).toContain('Default');
    expect(api.richMenus.defaultMenu()).toBe([...api.richMenus.menus.keys()][0]);
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'rich-menus-list-en-1440.png') });

    // Menu per segment: one line, saved as the rule the worker applies.
    const segment = await app.api.segments.create.mutate({ name: 'Tea lovers', rule: { type: 'tag', tag: 'tea' } });
    await page.reload();
    const rules = page.getByTestId('rich-menu-rules');
    await expect.poll(() => rules.innerText(), poll).toContain('every friend sees the default menu');
    await rules.getByTestId('rich-menu-rule-add').click();
    const ruleLine = rules.getByTestId('rich-menu-rule');
    await ruleLine.getByLabel('Match by').selectOption('segment');
    await ruleLine.getByLabel('Segment or list').selectOption({ label: 'Tea lovers' });
    expect(await rules.getByTestId('rich-menu-rules-save').isDisabled()).toBe(true);
    await ruleLine.getByLabel('Rich menu').selectOption({ label: 'Member menu' });
    await rules.getByTestId('rich-menu-rules-save').click();
    const [memberMenu] = await app.api.richMenus.list.query();
    await expect
      .poll(async () => (await app.api.richMenus.rules.query()).rules, poll)
      .toEqual([{ kind: 'segment', segmentId: segment.id, richMenuId: memberMenu?.id }]);
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'rich-menu-rules-en-1440.png') });
  });
});
