/// <reference lib="dom" />
// The experiments flow in a browser: a journey with an experiment is published, customers enter
// and some buy; the report shows each variant with its rate interval, chance to be best and lift;
// the workspace's daily decision Schedule runs, the report names the winner and why, and a new
// customer is sent down the winner while the audit log records the decision.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { experimentDecisionsScheduleId } from '@wayfarer/workflows';
import { describe, expect } from 'vitest';
import { ingest } from '../support/stack';
import { e2e, FAILURE_SCREENSHOTS, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: 120_000 };

const node = (id: string, type: string, x: number, config: unknown, label?: string) => ({
  id,
  type,
  position: { x, y: 0 },
  data: { typeVersion: 1, config, ...(label === undefined ? {} : { label }) },
});

const journey = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  name: 'Spring offer test',
  nodes: [
    node('trigger', 'core.trigger.api', 0, {}),
    node(
      'offer',
      'core.experiment',
      300,
      {
        variants: [
          { label: 'Plain', percent: 50 },
          { label: 'Free gift', percent: 50 },
        ],
        metric: { kind: 'event', event: 'purchase', withinDays: 7 },
        autoWinner: { enabled: true, minimumPerVariant: 100 },
      },
      'Spring offer',
    ),
    node('end-plain', 'core.end', 600, {}),
    node('end-gift', 'core.end', 600, {}),
  ],
  edges: [
    { id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'offer' },
    { id: 'e2', source: 'offer', sourceHandle: 'variant_1', target: 'end-plain' },
    { id: 'e3', source: 'offer', sourceHandle: 'variant_2', target: 'end-gift' },
  ],
  settings: { reentry: 'once', exitOn: [], goal: null },
} as unknown as JourneyGraphInput;

describe('experiments (browser)', () => {
  e2e('shows the report with intervals and the auto-winner taking over', async ({ app, stack }) => {
    const { api, page, key, workspaceId } = app;
    const created = await api.journeys.create.mutate({ name: 'Spring offer test', graph: journey });
    await api.journeys.publish.mutate({ journeyId: created.id });

    const users = Array.from({ length: 260 }, (_, index) => `shopper-${index}-${randomUUID().slice(0, 6)}`);
    for (const userId of users) await api.journeys.start.mutate({ journeyId: created.id, userId });
    const { db } = stack.database;
    const assignments = () =>
      db
        .selectFrom('experimentAssignments')
        .innerJoin('customers', 'customers.id', 'experimentAssignments.customerId')
        .select(['customers.externalId', 'experimentAssignments.arm'])
        .where('experimentAssignments.journeyId', '=', created.id)
        .execute();
    await expect.poll(async () => (await assignments()).length, poll).toBe(users.length);
    const rows = await assignments();
    // Free gift (B) buyers: 3 in 5; Plain (A): 1 in 10.
    const buyers = rows.filter((row, index) => (row.arm === 1 ? index % 5 < 3 : index % 10 === 0));
    for (const buyer of buyers) {
      const sent = await ingest(stack, key, '/v1/track', { userId: buyer.externalId, event: 'purchase' });
      expect(sent.status).toBe(200);
    }

    await app.open(`/journeys/${created.id}/experiments`);
    const card = page.getByTestId('experiment-card');
    await card.getByText('Spring offer').first().waitFor();
    await expect.poll(() => page.getByTestId('experiment-arm').count(), { timeout: UI_TIMEOUT_MS }).toBe(2);
    const rate = await page.getByTestId('arm-rate').nth(1).textContent();
    expect(rate).toMatch(/\d+\.\d% \(\d+\.\d% – \d+\.\d%\)/);
    expect(await page.getByTestId('arm-lift').nth(1).textContent()).toMatch(/^\+\d+\.\d \(/);
    await page.getByText('Not checked yet').waitFor();
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'experiments-report-en-1440.png'), fullPage: true });

    // The daily decision, run now: the workspace's Schedule was made when the journey was published.
    const schedule = stack.env.client.schedule.getHandle(experimentDecisionsScheduleId(workspaceId));
    await schedule.trigger();
    await expect
      .poll(
        async () => (await api.experiments.report.query({ journeyId: created.id })).experiments[0]?.winner?.arm,
        poll,
      )
      .toBe(1);
    await page.reload();
    const winner = page.getByTestId('experiment-winner');
    await winner.waitFor();
    expect(await winner.textContent()).toContain('Free gift won');
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'experiments-winner-en-1440.png'), fullPage: true });

    // A new customer now takes the winner's path.
    const newcomer = await api.journeys.start.mutate({ journeyId: created.id, userId: `newcomer-${randomUUID()}` });
    await expect
      .poll(async () => {
        const row = await db
          .selectFrom('experimentAssignments')
          .select(['arm', 'source'])
          .where('enrollmentId', '=', newcomer.enrollmentId)
          .executeTakeFirst();
        return row && `${row.arm}:${row.source}`;
      }, poll)
      .toBe('1:winner');
    const audit = await api.audit.list.query({ action: 'experiments.winner' });
    expect(audit.entries.map((entry) => entry.actorType)).toEqual(['system']);

    // The same report in Traditional Chinese, and on a smaller screen.
    await page.evaluate(() => localStorage.setItem('wayfarer.locale', 'zh-TW'));
    await page.reload();
    await page.getByText('勝出機率').waitFor();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'experiments-winner-zh-TW-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'experiments-winner-zh-TW-1024.png'), fullPage: true });
    await page.evaluate(() => localStorage.setItem('wayfarer.locale', 'en'));
    await page.reload();
    await page.getByTestId('experiment-winner').waitFor();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'experiments-winner-en-1024.png'), fullPage: true });
  });
  e2e('a test run forces the variant the marketer picks', async ({ app }) => {
    const { api, page } = app;
    const graph = {
      ...journey,
      nodes: journey.nodes.map((step) =>
        step.id === 'trigger'
          ? { ...step, type: 'core.trigger.event', data: { ...step.data, config: { event: 'signed_up' } } }
          : step,
      ),
    };
    const created = await api.journeys.create.mutate({ name: 'Spring offer draft', graph });
    await app.open(`/journeys/${created.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('test-run-button').click();
    const panel = page.getByTestId('simulation-panel');
    await panel.getByTestId('sim-variants').waitFor();
    await panel.locator('[name="startEvent"]').fill('signed_up');
    await panel.locator('[name="days"]').fill('1');
    const pathFor = async (variant: string) => {
      await panel.locator('[name="variant-offer"]').selectOption({ label: variant });
      await panel.getByTestId('sim-run').click();
      await panel.getByTestId('sim-result').waitFor({ timeout: 180_000 });
      return expect.poll(
        () => panel.getByTestId('sim-step').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-step-id'))),
        poll,
      );
    };
    await (await pathFor('Free gift')).toEqual(['trigger', 'offer', 'end-gift']);
    await (await pathFor('Plain')).toEqual(['trigger', 'offer', 'end-plain']);
    await (await pathFor('Free gift')).toEqual(['trigger', 'offer', 'end-gift']);
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-run-variant-en-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-run-variant-en-1024.png') });
    await page.evaluate(() => localStorage.setItem('wayfarer.locale', 'zh-TW'));
    await page.reload();
    await page.getByTestId('test-run-button').click();
    await page.getByTestId('sim-variants').getByText('實驗版本').waitFor();
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-run-variant-zh-TW-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(FAILURE_SCREENSHOTS, 'test-run-variant-zh-TW-1440.png') });
  });
});
