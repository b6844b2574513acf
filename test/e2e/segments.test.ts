// Issue 4's segments flow: a marketer builds "VIP and purchased at least twice in 30 days" in the
// rule builder, watches the live count and preview match the seeded customers, saves, reopens it,
// and filters the customers list by it; the profile shows the customer's identities.
import { addCustomerTags, findCustomerByExternalId } from '@wayfarer/db';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ingest, type Stack } from '../support/stack';
import { savedDraft, selectNode, setField } from './support/editor';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const DAY_MS = 86_400_000;

interface Shopper {
  userId: string;
  name: string;
  tags: string[];
  /** Days ago of each purchase. */
  purchases: number[];
}

// Only ana and dee are VIPs with two or more purchases in the last 30 days: bo bought twice, but
// long ago; cy bought twice but is not a VIP. Dee has opted out of promotions.
const shoppers: Shopper[] = [
  { userId: 'ana', name: 'Ana Wu', tags: ['VIP'], purchases: [1, 2, 3] },
  { userId: 'bo', name: 'Bo Lin', tags: ['VIP'], purchases: [2, 45, 60] },
  { userId: 'cy', name: 'Cy Chen', tags: [], purchases: [1, 2] },
  { userId: 'dee', name: 'Dee Huang', tags: ['VIP', 'opted-out'], purchases: [5, 20] },
];

async function seed(stack: Stack, key: string, workspaceId: string): Promise<Map<string, string>> {
  const send = async (path: string, body: unknown) => expect((await ingest(stack, key, path, body)).status).toBe(200);
  const ids = new Map<string, string>();
  for (const shopper of shoppers) {
    await send('/v1/identify', {
      userId: shopper.userId,
      traits: { name: shopper.name, email: `${shopper.userId}@example.com` },
    });
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, shopper.userId);
    if (!customer) throw new Error(`${shopper.userId} not stored`);
    ids.set(shopper.userId, customer.id);
    const { tags } = shopper;
    if (tags.length > 0)
      await addCustomerTags(stack.database.db, { workspaceId, customerId: customer.id, tags, source: 'e2e' });
  }
  // Events after the tags, so whatever they refresh sees the whole customer.
  for (const shopper of shoppers) {
    for (const [index, daysAgo] of shopper.purchases.entries()) {
      await send('/v1/track', {
        userId: shopper.userId,
        event: 'purchase',
        messageId: `${shopper.userId}-purchase-${index}`,
        timestamp: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
      });
    }
  }
  return ids;
}

const condition = (page: Page, path: string) => page.locator(`[data-testid="rule-condition"][data-path="${path}"]`);
const rootActions = (page: Page) => page.locator('[data-testid="rule-group"][data-path=""] > .rule-group__actions');

async function shownCount(page: Page): Promise<string | null | undefined> {
  const count = page.getByTestId('segment-count');
  if ((await count.count()) === 0 || (await count.getAttribute('data-state')) !== 'current') return undefined;
  return count.getAttribute('data-count');
}

async function previewIds(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('segment-preview-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-customer-id') ?? ''));
  return ids.sort();
}

describe('segments', () => {
  e2e(
    'builds a segment with the rule builder, previews it, saves, reopens and filters customers by it',
    async ({ app, stack }) => {
      const { page, api, key, workspaceId } = app;
      const ids = await seed(stack, key, workspaceId);
      const members = [ids.get('ana'), ids.get('dee')].sort();

      await app.open('/');
      await page.getByTestId('app-nav').getByRole('link', { name: 'Segments' }).click();
      await page.getByTestId('segments-empty').waitFor();
      await page.getByTestId('new-segment').click();
      await page.getByTestId('rule-builder').waitFor();
      await page.getByTestId('segment-name').fill('VIP buyers');

      // Tag VIP …
      await condition(page, '0').locator('[name="tag"]').fill('VIP');
      await expect.poll(() => shownCount(page), poll).toBe('3');
      // … and purchased at least twice in the last 30 days.
      await rootActions(page).getByTestId('rule-add-condition').click();
      await condition(page, '1').locator('[name="type"]').selectOption('event');
      await condition(page, '1').locator('[name="event"]').fill('purchase');
      await condition(page, '1').locator('[name="count.op"]').selectOption('gte');
      await condition(page, '1').locator('[name="count.value"]').fill('2');
      await condition(page, '1').locator('[name="withinDays"]').fill('30');
      await expect.poll(() => shownCount(page), poll).toBe('2');
      await expect.poll(() => previewIds(page), poll).toEqual(members);

      // A nested "none of these" group narrows it; removing the group widens it again.
      await rootActions(page).getByTestId('rule-add-group').click();
      const group = page.locator('[data-testid="rule-group"][data-path="2"]');
      await group.getByTestId('rule-group-mode').selectOption('none');
      await group.getByTestId('rule-add-condition').click();
      await condition(page, '2.0').locator('[name="tag"]').fill('opted-out');
      await expect.poll(() => shownCount(page), poll).toBe('1');
      await expect.poll(() => previewIds(page), poll).toEqual([ids.get('ana')]);
      await page
        .locator('[data-testid="rule-group"][data-path="2"] > .rule-group__head [data-testid="rule-remove"]')
        .click();
      await expect.poll(() => shownCount(page), poll).toBe('2');

      // Save: the page becomes the segment's page, and the server has the rule as built.
      await page.getByTestId('segment-save').click();
      await expect.poll(() => new URL(page.url()).pathname, poll).toMatch(/^\/segments\/[0-9a-f-]{36}$/);
      const segmentId = new URL(page.url()).pathname.split('/')[2] ?? '';
      const saved = await api.segments.get.query({ id: segmentId });
      expect(saved.name).toBe('VIP buyers');
      expect(saved.rule).toEqual({
        type: 'all',
        rules: [
          { type: 'tag', tag: 'VIP', has: true },
          { type: 'event', event: 'purchase', where: [], count: { op: 'gte', value: 2 }, withinDays: 30 },
        ],
      });

      // Reopened, the builder shows the same rule and the same audience.
      await app.open(`/segments/${segmentId}`);
      await page.getByTestId('rule-builder').waitFor();
      expect(await page.getByTestId('segment-name').inputValue()).toBe('VIP buyers');
      expect(await condition(page, '0').locator('[name="tag"]').inputValue()).toBe('VIP');
      expect(await condition(page, '1').locator('[name="event"]').inputValue()).toBe('purchase');
      expect(await condition(page, '1').locator('[name="count.value"]').inputValue()).toBe('2');
      expect(await condition(page, '1').locator('[name="withinDays"]').inputValue()).toBe('30');
      await expect.poll(() => shownCount(page), poll).toBe('2');
      await expect.poll(() => previewIds(page), poll).toEqual(members);

      // The list shows it.
      await page.locator('.back-link').click();
      const row = page.locator(`[data-testid="segment-row"][data-segment-id="${segmentId}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain('VIP buyers');
      expect(await row.getByTestId('segment-member-count').innerText()).toBe('2');

      // The customers list, filtered by the segment, shows its members only.
      await app.open('/customers');
      const rows = page.getByTestId('customer-row');
      await expect.poll(() => rows.count(), poll).toBe(4);
      await page.getByTestId('customers-segment-filter').selectOption(segmentId);
      await expect
        .poll(
          async () =>
            (
              await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-customer-id') ?? ''))
            ).sort(),
          poll,
        )
        .toEqual(members);

      // A member's profile lists how the customer is known.
      await page.locator(`[data-testid="customer-row"][data-customer-id="${ids.get('ana')}"] a`).click();
      const identities = page.getByTestId('customer-identities');
      await identities.waitFor();
      expect(await identities.locator('[data-identity-kind="email"] dd').innerText()).toBe('ana@example.com');
      expect(await identities.locator('[data-identity-kind="user_id"] dd').innerText()).toBe('ana');
    },
  );

  e2e('archives a segment: it leaves the list', async ({ app }) => {
    const { page, api } = app;
    const segment = await api.segments.create.mutate({
      name: 'Lapsed',
      description: 'No purchase in 90 days',
      rule: { type: 'event', event: 'purchase', count: { op: 'eq', value: 0 }, withinDays: 90 },
    });
    await app.open(`/segments/${segment.id}`);
    // A lone condition opens as a group of one.
    await page.locator('[data-testid="rule-condition"][data-path="0"] [name="event"]').waitFor();
    await page.getByTestId('segment-archive').click();
    await page.getByTestId('segment-archive-confirm').click();
    await expect.poll(() => new URL(page.url()).pathname, poll).toBe('/segments');
    await page.getByTestId('segments-empty').waitFor();
    expect((await api.segments.list.query()).map((listed) => listed.id)).not.toContain(segment.id);
  });

  e2e('a segment trigger picks its segment by name in the step form', async ({ app }) => {
    const { page, api } = app;
    const vips = await api.segments.create.mutate({ name: 'VIPs', rule: { type: 'tag', tag: 'VIP' } });
    await api.segments.create.mutate({ name: 'Newcomers', rule: { type: 'tag', tag: 'new' } });
    const journey = await api.journeys.create.mutate({
      name: 'VIP welcome',
      graph: {
        nodes: [
          { id: 'enters', type: 'core.trigger.segment', position: { x: 0, y: 0 }, data: { config: { segmentId: '' } } },
          { id: 'done', type: 'core.end', position: { x: 360, y: 0 }, data: { config: {} } },
        ],
        edges: [{ id: 'e-enters-out', source: 'enters', sourceHandle: 'out', target: 'done' }],
      },
    });
    await app.open(`/journeys/${journey.id}`);
    await selectNode(page, 'enters');
    const picker = page.getByTestId('inspector').locator('[name="segmentId"]');
    await expect
      .poll(() => picker.locator('option').allTextContents(), poll)
      .toEqual(expect.arrayContaining(['Newcomers', 'VIPs']));
    await setField(page, 'segmentId', vips.id);
    await expect
      .poll(
        async () => (await savedDraft(page, api, journey.id)).nodes.find((node) => node.id === 'enters')?.data.config,
        poll,
      )
      .toEqual({ segmentId: vips.id });
  });
});
