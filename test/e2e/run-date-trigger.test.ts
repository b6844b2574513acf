/// <reference lib="dom" />
// An admin runs a live birthday journey's date trigger now for one customer, picked by email in
// the editor's toolbar, and reads the result in words; a second run says the customer is already
// inside. Real server, Postgres, Temporal dev server, Chromium.
import type { JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect } from 'vitest';
import { ingest } from '../support/stack';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

const birthdayJourney = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  name: 'Birthday',
  nodes: [
    {
      id: 'birthday',
      type: 'core.trigger.date',
      position: { x: 0, y: 0 },
      data: { typeVersion: 1, config: { attribute: 'birthday', offsetDays: 0, at: '09:00' } },
    },
    {
      id: 'wait',
      type: 'core.wait',
      position: { x: 300, y: 0 },
      data: { typeVersion: 1, config: { mode: 'duration', duration: { amount: 3, unit: 'days' } } },
    },
    { id: 'end', type: 'core.end', position: { x: 600, y: 0 }, data: { typeVersion: 1, config: {} } },
  ],
  edges: [
    { id: 'e1', source: 'birthday', sourceHandle: 'out', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
  ],
  settings: { reentry: 'after_exit', exitOn: [], goal: null },
} as unknown as JourneyGraphInput;

describe('run the date trigger now', () => {
  e2e('an admin picks a customer by email, confirms and reads what happened', async ({ app, stack }) => {
    const { page, api, key } = app;
    const traits = { name: 'Mei Lin', email: 'mei@example.com', birthday: '1990-10-03', timezone: 'Asia/Taipei' };
    expect((await ingest(stack, key, '/v1/identify', { userId: 'crm-4411', traits })).status).toBe(200);
    const other = { name: 'Kai', email: 'kai@example.com' };
    expect((await ingest(stack, key, '/v1/identify', { userId: 'crm-9', traits: other })).status).toBe(200);
    const journey = await api.journeys.create.mutate({ name: 'Birthday', graph: birthdayJourney });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('date-run-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="dateRunSearch"]').fill('mei@example');
    const options = dialog.getByTestId('date-run-option');
    await expect.poll(() => options.allInnerTexts(), poll).toEqual([expect.stringContaining('Mei Lin')]);
    expect(await options.first().innerText()).toContain('mei@example.com');
    await options.first().click();
    await dialog.getByTestId('date-run-confirm').click();
    const result = dialog.getByTestId('date-run-result');
    await expect.poll(() => result.getAttribute('data-status'), poll).toBe('started');
    expect(await result.innerText()).toBe('Mei Lin entered the journey now.');

    // The entry is real: Mei is inside the journey, at its wait.
    await expect
      .poll(async () => {
        const stats = await api.analytics.nodeStats.query({ journeyId: journey.id });
        return stats.nodes.find((step) => step.stepId === 'wait')?.waiting;
      }, poll)
      .toBe(1);

    // Again while she waits inside: the re-entry rule ("after leaving") keeps her from a second entry.
    await dialog.getByTestId('date-run-confirm').click();
    await expect.poll(() => result.getAttribute('data-status'), poll).toBe('running');
    expect(await result.innerText()).toBe('Mei Lin is already in this journey, so they were not entered again.');
  });

  e2e('the button is not offered on a journey that does not start on a date', async ({ app }) => {
    const { page, api } = app;
    const graph = {
      ...birthdayJourney,
      nodes: [
        {
          id: 'birthday',
          type: 'core.trigger.event',
          position: { x: 0, y: 0 },
          data: { typeVersion: 1, config: { event: 'signed_up', where: [] } },
        },
        ...(birthdayJourney.nodes ?? []).slice(1),
      ],
    };
    const journey = await api.journeys.create.mutate({ name: 'Signed up', graph });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    await app.open(`/journeys/${journey.id}`);
    await page.getByTestId('test-run-button').waitFor();
    expect(await page.getByTestId('date-run-button').count()).toBe(0);
  });
});
