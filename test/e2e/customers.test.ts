// The customers pages: customers sent through the ingest API are listed, found by search, filtered
// by tag, and open into a profile with typed attributes, tags and a timeline.
import { readFileSync } from 'node:fs';
import { addCustomerTags, findCustomerByExternalId } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect } from 'vitest';
import { ingest } from '../support/stack';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };
const welcome = JSON.parse(
  readFileSync(new URL('../fixtures/journeys/welcome-purchase.json', import.meta.url), 'utf8'),
) as JourneyGraphInput;

describe('the customers pages', () => {
  e2e('lists ingested customers, searches, filters by tag and opens a profile', async ({ app, stack }) => {
    const { page, key, workspaceId } = app;
    const send = async (path: string, body: unknown) => expect((await ingest(stack, key, path, body)).status).toBe(200);
    await send('/v1/identify', {
      userId: 'mei-001',
      traits: {
        name: 'Mei-Ling Chen',
        age: 31,
        vip: true,
        birthday: '1994-05-06',
        timezone: 'Asia/Taipei',
        locale: 'zh-TW',
      },
    });
    await send('/v1/identify', { userId: 'tom-002', traits: { name: 'Tom Lee' } });
    await send('/v1/identify', { userId: 'ana-003', traits: { name: 'Ana Silva' } });
    await send('/v1/track', { userId: 'mei-001', event: 'purchase', properties: { amount: 300 } });
    const mei = await findCustomerByExternalId(stack.database.db, workspaceId, 'mei-001');
    if (!mei) throw new Error('mei-001 not stored');
    await addCustomerTags(stack.database.db, {
      workspaceId,
      customerId: mei.id,
      tags: ['coffee-lover'],
      source: 'journey:welcome',
    });

    await app.open('/customers');
    const rows = page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), poll).toBe(3);
    expect(await page.getByTestId('app-nav').innerText()).toContain('Customers');

    await page.getByTestId('customers-search').fill('mei-ling');
    await expect.poll(() => rows.count(), poll).toBe(1);
    expect(await rows.first().getAttribute('data-customer-id')).toBe(mei.id);
    await page.getByTestId('customers-search').fill('');
    await expect.poll(() => rows.count(), poll).toBe(3);

    const meiRow = page.locator(`[data-testid="customer-row"][data-customer-id="${mei.id}"]`);
    await meiRow.locator('.tag-chip', { hasText: 'coffee-lover' }).click();
    await expect.poll(() => rows.count(), poll).toBe(1);
    await page.getByTestId('customers-tag-filter').click();
    await expect.poll(() => rows.count(), poll).toBe(3);

    await meiRow.locator('a').click();
    const profile = page.getByTestId('customer-profile');
    await profile.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/customers/${mei.id}`);
    const header = await profile.locator('.profile-header').innerText();
    expect(header).toContain('Mei-Ling Chen');
    expect(header).toContain('mei-001');
    expect(header).toContain('Asia/Taipei');
    expect(header).toContain('zh-TW');

    const attributes = page.getByTestId('customer-attributes');
    expect(await attributes.locator('[data-attribute="age"]').getAttribute('data-type')).toBe('number');
    expect(await attributes.locator('[data-attribute="vip"]').innerText()).toContain('Yes');
    expect(await attributes.locator('[data-attribute="birthday"]').getAttribute('data-type')).toBe('date');
    expect(await attributes.locator('[data-attribute="birthday"] dd').innerText()).toBe('May 6, 1994');

    const tag = page.getByTestId('customer-tags').locator('[data-tag="coffee-lover"]');
    expect(await tag.getAttribute('title')).toContain('journey:welcome');
    expect(await page.getByTestId('customer-journeys').innerText()).toContain('Not in any journey yet.');

    const items = page.getByTestId('timeline-item');
    await expect.poll(() => items.count(), poll).toBe(2);
    expect(await items.nth(0).getAttribute('data-kind')).toBe('event');
    expect(await items.nth(0).innerText()).toContain('purchase');
    expect(await items.nth(1).innerText()).toContain('identify');

    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => page.getByTestId('customer-timeline').locator('h2').innerText(), poll).toBe('時間軸');
  });

  e2e('pages the list and the timeline with "Load more"', async ({ app, stack }) => {
    for (let index = 0; index < 30; index += 1) {
      const userId = `bulk-${String(index).padStart(2, '0')}`;
      const response = await ingest(stack, app.key, '/v1/identify', { userId, traits: { name: `Bulk ${index}` } });
      expect(response.status).toBe(200);
    }
    await app.open('/customers');
    const rows = app.page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), poll).toBe(25);
    await app.page.getByTestId('customers-load-more').click();
    await expect.poll(() => rows.count(), poll).toBe(30);
    expect(await app.page.getByTestId('customers-load-more').count()).toBe(0);
    const ids = await rows.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-customer-id')),
    );
    expect(new Set(ids).size).toBe(30);

    // The profile's timeline pages too: 20 first, then the rest.
    for (let index = 0; index < 22; index += 1) {
      const response = await ingest(stack, app.key, '/v1/track', { userId: 'bulk-00', event: `visit_${index}` });
      expect(response.status).toBe(200);
    }
    await rows.last().locator('a').click();
    const items = app.page.getByTestId('timeline-item');
    await expect.poll(() => items.count(), poll).toBe(20);
    await app.page.getByTestId('timeline-load-more').click();
    await expect.poll(() => items.count(), poll).toBe(23);
    expect(await app.page.getByTestId('timeline-load-more').count()).toBe(0);
  });

  e2e('shows the journey a customer is in, at its current step, and the tag it added', async ({ app, stack }) => {
    const { page, api, key, workspaceId } = app;
    const journey = await api.journeys.create.mutate({ name: 'Welcome: nudge to first purchase', graph: welcome });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    expect((await ingest(stack, key, '/v1/identify', { userId: 'new-1', traits: { name: 'Kai' } })).status).toBe(200);
    expect((await ingest(stack, key, '/v1/track', { userId: 'new-1', event: 'signed_up' })).status).toBe(200);
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, 'new-1');
    if (!customer) throw new Error('new-1 not stored');
    await expect
      .poll(async () => {
        const profile = await api.customers.get.query({ customerId: customer.id });
        return profile.enrollments[0]?.currentStep?.stepId;
      }, poll)
      .toBe('wait-3-days');

    await app.open(`/customers/${customer.id}`);
    const journeys = page.getByTestId('customer-journeys');
    await journeys.locator('.enrollment[data-status="running"]').waitFor();
    const text = await journeys.innerText();
    expect(text).toContain('Welcome: nudge to first purchase');
    expect(text).toContain('Running');
    expect(text).toContain('Current step: Wait');
    expect(await journeys.locator('.current-step').getAttribute('data-step-id')).toBe('wait-3-days');
    await page.getByTestId('customer-tags').locator('[data-tag="new_member"]').waitFor();
    expect(await page.getByTestId('customer-timeline').innerText()).toContain('signed_up');
  });
});
