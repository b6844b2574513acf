// A marketer broadcasts a live journey from its page: sees who it reaches, schedules it for
// tomorrow, cancels that, then sends it now and watches everyone enter.
import { describe, expect } from 'vitest';
import { addCustomerTags, findCustomerByExternalId } from '@wayfarer/db';
import { countEnrollments, broadcastJourney } from '../integration/broadcasts/support';
import { ingest, type Stack } from '../support/stack';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

/** 10:00 the day after tomorrow (UTC date) as a wall-clock value: still ahead in every time zone. */
function inTwoDaysAtTen(): string {
  return `${new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)}T10:00`;
}

/** `count` customers tagged `tag`, through the ingest API, and a saved segment of that tag. */
async function seedAudience(stack: Stack, app: { key: string; workspaceId: string }, count: number, tag: string) {
  for (let index = 0; index < count; index += 1) {
    const userId = `${tag}-${index}`;
    expect(
      (await ingest(stack, app.key, '/v1/identify', { userId, traits: { name: `Shopper ${index}` } })).status,
    ).toBe(200);
    const customer = await findCustomerByExternalId(stack.database.db, app.workspaceId, userId);
    if (!customer) throw new Error(`${userId} not stored`);
    await addCustomerTags(stack.database.db, {
      workspaceId: app.workspaceId,
      customerId: customer.id,
      tags: [tag],
      source: 'e2e',
    });
  }
}

describe('broadcasting a journey from its page', () => {
  e2e('schedules, cancels, then sends now with progress to every member', async ({ app, stack }) => {
    const { page, api } = app;
    await seedAudience(stack, app, 12, 'spring-vip');
    const { id: segmentId } = await api.segments.create.mutate({
      name: 'Spring VIPs',
      rule: { type: 'tag', tag: 'spring-vip' },
    });
    const journey = await api.journeys.create.mutate({ name: 'Spring sale', graph: broadcastJourney(segmentId) });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    await app.open(`/journeys/${journey.id}`);
    await page.getByTestId('broadcast-open').click();
    const dialog = page.getByTestId('broadcast-dialog');
    await expect
      .poll(() => dialog.getByTestId('broadcast-audience').innerText(), poll)
      .toContain('“Spring VIPs” · 12 customers');
    expect(await dialog.getByTestId('broadcast-history').innerText()).toContain('Not broadcast yet.');

    // Tomorrow at ten, the suggested time: scheduled, nobody enters yet.
    await dialog.locator('[data-when="later"]').click();
    expect(await dialog.getByTestId('broadcast-start-at').inputValue()).toMatch(/T10:00$/);
    await expect.poll(() => dialog.getByTestId('broadcast-submit').innerText(), poll).toMatch(/^Schedule for /);
    await dialog.getByTestId('broadcast-submit').click();
    const scheduled = dialog.locator('[data-testid="broadcast-item"][data-status="scheduled"]');
    await scheduled.waitFor();
    const [stored] = await api.broadcasts.list.query({ journeyId: journey.id });
    expect(stored?.status).toBe('scheduled');
    expect(new Date(stored?.scheduledAt ?? 0).getHours()).toBe(10);

    // A time in the past is refused before anything is sent.
    await dialog.getByTestId('broadcast-start-at').fill('2020-01-01T10:00');
    await expect.poll(() => dialog.getByText('Pick a time in the future.').isVisible(), poll).toBe(true);
    expect(await dialog.getByTestId('broadcast-submit').isDisabled()).toBe(true);

    await scheduled.getByTestId('broadcast-cancel').click();
    await dialog.locator('[data-testid="broadcast-item"][data-status="cancelled"]').waitFor();

    // The same wall-clock time in each customer's zone: stored as a local time, then cancelled too.
    await dialog.locator('[data-when="local"]').click();
    await dialog.getByTestId('broadcast-start-at').fill(inTwoDaysAtTen());
    await expect
      .poll(() => dialog.getByTestId('broadcast-submit').innerText(), poll)
      .toMatch(/^Schedule for .*10:00\sAM, each customer’s time$/);
    await dialog.getByTestId('broadcast-submit').click();
    const local = dialog.locator('[data-testid="broadcast-item"][data-status="scheduled"]');
    await expect.poll(() => local.innerText(), poll).toContain('in each customer’s time zone');
    expect((await api.broadcasts.list.query({ journeyId: journey.id }))[0]?.localTime).toBe(inTwoDaysAtTen());
    await local.getByTestId('broadcast-cancel').click();
    await expect
      .poll(() => dialog.locator('[data-testid="broadcast-item"][data-status="cancelled"]').count(), poll)
      .toBe(2);

    // Now: the bar fills and every member enters.
    await dialog.locator('[data-when="now"]').click();
    expect(await dialog.getByTestId('broadcast-submit').innerText()).toBe('Send to 12 customers');
    await dialog.getByTestId('broadcast-submit').click();
    const done = dialog.locator('[data-testid="broadcast-item"][data-status="completed"]');
    await done.waitFor();
    expect(await done.getByTestId('broadcast-counts').innerText()).toContain('12 of 12 handled · 12 entered');
    expect(await done.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('12');
    expect(await countEnrollments(stack.database.db, journey.id)).toEqual({ rows: 12, customers: 12 });
  });
});
