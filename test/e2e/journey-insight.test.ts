/// <reference lib="dom" />
// Issue 7's browser flow: a live journey shows its counts on the canvas (and they move live as
// customers arrive), the overview page finds a customer's enrollment and removes it, and a test run
// from the editor highlights the path it took and shows the rendered message.
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { ingest, type ApiClient, type Stack } from '../support/stack';
import { flowNode } from './support/canvas';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };
const FIRST_SIMULATION_TIMEOUT_MS = 90_000;

const node = (id: string, type: string, x: number, y: number, config: unknown) => ({
  id,
  type,
  position: { x, y },
  data: { typeVersion: 1, config },
});
const edge = (source: string, sourceHandle: string, target: string) => ({
  id: `e-${source}-${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

/** Signed up → gold plan? → yes: welcome message → end; no: wait a week → end. */
const goldWelcome = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  name: 'Gold welcome',
  nodes: [
    node('signed-up', 'core.trigger.event', 0, 0, { event: 'signed_up', where: [] }),
    node('is-gold', 'core.branch', 300, 0, {
      match: 'all',
      conditions: [{ subject: 'attribute', path: 'plan', op: 'eq', value: 'gold' }],
    }),
    node('send-gold', 'core.send', 600, -140, {
      channel: 'outbox',
      name: 'Gold welcome',
      body: 'Hi {{ customer.name }}, welcome to gold!',
    }),
    node('end-gold', 'core.end', 900, -140, {}),
    node('wait-week', 'core.wait', 600, 140, { mode: 'duration', duration: { amount: 7, unit: 'days' } }),
    node('end-other', 'core.end', 900, 140, {}),
  ],
  edges: [
    edge('signed-up', 'out', 'is-gold'),
    edge('is-gold', 'true', 'send-gold'),
    edge('is-gold', 'false', 'wait-week'),
    edge('send-gold', 'sent', 'end-gold'),
    edge('wait-week', 'out', 'end-other'),
  ],
  settings: { reentry: 'once', exitOn: [], goal: null },
} as unknown as JourneyGraphInput;

const people = [
  { userId: 'gold-1', name: 'Mei', plan: 'gold' },
  { userId: 'gold-2', name: 'Kai', plan: 'gold' },
  { userId: 'basic-1', name: 'Lin', plan: 'basic' },
  { userId: 'basic-2', name: 'Wen', plan: 'basic' },
  { userId: 'basic-3', name: 'Hao', plan: 'basic' },
];

async function signUp(stack: Stack, key: string, person: (typeof people)[number]): Promise<void> {
  const traits = { name: person.name, plan: person.plan };
  expect((await ingest(stack, key, '/v1/identify', { userId: person.userId, traits })).status).toBe(200);
  expect((await ingest(stack, key, '/v1/track', { userId: person.userId, event: 'signed_up' })).status).toBe(200);
}

/** Publishes the journey, signs `people` up through it, and waits until every one has settled. */
async function publishAndFill(stack: Stack, api: ApiClient, key: string): Promise<string> {
  const journey = await api.journeys.create.mutate({ name: 'Gold welcome', graph: goldWelcome });
  await api.journeys.publish.mutate({ journeyId: journey.id });
  for (const person of people) await signUp(stack, key, person);
  await expect
    .poll(async () => {
      const stats = await api.analytics.nodeStats.query({ journeyId: journey.id });
      const byStep = new Map(stats.nodes.map((step) => [step.stepId, step]));
      return [byStep.get('end-gold')?.entered, byStep.get('wait-week')?.waiting];
    }, poll)
    .toEqual([2, 3]);
  return journey.id;
}

async function countMessages(stack: Stack, workspaceId: string): Promise<number> {
  const row = await stack.database.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The figures a card shows over it, by key (entered, waiting, errors). */
async function nodeCounts(page: Page, nodeId: string): Promise<Record<string, string>> {
  const entries = flowNode(page, nodeId).getByTestId('overlay-entry');
  const pairs = await entries.evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('data-key') ?? '', element.textContent ?? '']),
  );
  return Object.fromEntries(pairs);
}

async function edgeCount(page: Page, edgeId: string): Promise<string | null> {
  const label = page.locator(`[data-testid="edge-overlay"][data-edge-id="${edgeId}"]`);
  return (await label.count()) === 0 ? null : label.innerText();
}

describe('journey insight', () => {
  e2e('shows live counts on the canvas of a published journey', async ({ app, stack }) => {
    const { page, api, key } = app;
    const journeyId = await publishAndFill(stack, api, key);
    await app.open(`/journeys/${journeyId}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('show-counts').click();

    await expect.poll(() => nodeCounts(page, 'signed-up'), poll).toEqual({ entered: '5', waiting: '0', errors: '0' });
    expect(await nodeCounts(page, 'is-gold')).toEqual({ entered: '5', waiting: '0', errors: '0' });
    expect(await nodeCounts(page, 'send-gold')).toEqual({ entered: '2', waiting: '0', skipped: '0', errors: '0' });
    expect(await nodeCounts(page, 'wait-week')).toEqual({ entered: '3', waiting: '3', errors: '0' });
    expect(await edgeCount(page, 'e-is-gold-true')).toBe('2');
    expect(await edgeCount(page, 'e-is-gold-false')).toBe('3');
    expect(await edgeCount(page, 'e-wait-week-out')).toBe('0');

    // The subscription brings a new customer onto the open canvas without a reload.
    await page.getByTestId('counts-live').and(page.locator('[data-live="true"]')).waitFor();
    await signUp(stack, key, { userId: 'gold-3', name: 'Yu', plan: 'gold' });
    await expect.poll(() => nodeCounts(page, 'signed-up'), poll).toMatchObject({ entered: '6' });
    await expect.poll(() => edgeCount(page, 'e-is-gold-true'), poll).toBe('3');

    // Turning counts off takes them away.
    await page.getByTestId('show-counts').click();
    await expect.poll(() => page.getByTestId('node-overlay').count(), poll).toBe(0);
  });

  e2e('overview: figures, an enrollment path with its wait, and removal', async ({ app, stack }) => {
    const { page, api, key } = app;
    const journeyId = await publishAndFill(stack, api, key);
    await app.open('/');
    await page
      .locator(`[data-testid="journey-row"][data-journey-id="${journeyId}"]`)
      .getByTestId('journey-insights')
      .click();
    await page.getByTestId('insights-page').waitFor();
    const kpi = (name: string) => page.locator(`[data-kpi="${name}"]`).getByTestId('kpi-value');
    await expect.poll(() => kpi('enrolled').innerText(), poll).toBe('5');
    expect(await kpi('active').innerText()).toBe('3');
    expect(await kpi('completed').innerText()).toBe('2');
    await page.getByTestId('daily-chart').waitFor();
    await page.locator('[data-testid="channel-row"][data-channel="outbox"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // Who waits at a step now, and who left one by an exit: named in words, newest first.
    const place = page.getByTestId('enrollment-place');
    const rowNames = () =>
      page.getByTestId('enrollment-row').evaluateAll((rows) => rows.map((row) => row.firstElementChild?.textContent));
    await place.selectOption('wait-week');
    await expect.poll(rowNames, poll).toEqual(['Hao', 'Wen', 'Lin']);
    expect(await place.locator('option:checked').innerText()).not.toContain('wait-week');
    await place.selectOption('is-gold\u0000true');
    await expect.poll(rowNames, poll).toEqual(['Kai', 'Mei']);
    await place.selectOption('');

    await page.getByTestId('enrollment-search').fill('Lin');
    await page.getByTestId('enrollment-row').first().click();
    const detail = page.getByTestId('enrollment-detail');
    await detail.waitFor();
    await expect
      .poll(
        () =>
          detail.getByTestId('path-step').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-step-id'))),
        poll,
      )
      .toEqual(['signed-up', 'is-gold', 'wait-week']);
    await expect
      .poll(() => detail.getByTestId('enrollment-waiting').innerText(), poll)
      .toContain('Waiting for a timer until');

    // Its path, highlighted on the canvas of the version it runs.
    await detail.getByTestId('show-path-on-canvas').click();
    await page.getByTestId('enrollment-path-banner').waitFor();
    const onPath = (id: string) => flowNode(page, id).getByTestId('node-card').getAttribute('data-on-path');
    await expect.poll(() => onPath('wait-week'), poll).toBe('true');
    expect(await onPath('send-gold')).toBe('false');
    await page.goBack();
    await page.getByTestId('enrollment-search').fill('Lin');
    await page.getByTestId('enrollment-row').first().click();

    await detail.getByTestId('remove-enrollment').click();
    await page.getByTestId('remove-confirm').click();
    await detail.getByTestId('enrollment-removed').waitFor();
    await expect.poll(async () => (await api.analytics.overview.query({ journeyId })).exited, poll).toBe(1);
    await page.reload();
    await expect.poll(() => kpi('exited').innerText(), poll).toBe('1');
    expect(await kpi('active').innerText()).toBe('2');
  });

  e2e('a test run from the editor highlights the path and shows the rendered message', async ({ app, stack }) => {
    const { page, api, key, workspaceId } = app;
    const journeyId = await publishAndFill(stack, api, key);
    const messagesBefore = await countMessages(stack, workspaceId);
    await app.open(`/journeys/${journeyId}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('test-run-button').click();
    const panel = page.getByTestId('simulation-panel');
    await panel.getByTestId('sim-safe-note').waitFor();
    await panel.locator('[name="attributes.0.value"]').fill('Ada');
    await panel.getByTestId('attributes-add').click();
    await panel.locator('[name="attributes.1.key"]').fill('plan');
    await panel.locator('[name="attributes.1.value"]').fill('gold');
    await panel.locator('[name="startEvent"]').fill('signed_up');
    await panel.locator('[name="days"]').fill('3');
    await panel.getByTestId('sim-run').click();

    // The server starts its time-skipping Temporal server on the first run: slow on a 2-core machine.
    await panel.getByTestId('sim-result').waitFor({ timeout: FIRST_SIMULATION_TIMEOUT_MS });
    const steps = panel.getByTestId('sim-step');
    await expect
      .poll(() => steps.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-step-id'))), poll)
      .toEqual(['signed-up', 'is-gold', 'send-gold', 'end-gold']);
    expect(await panel.getByTestId('sim-outcome').getAttribute('data-outcome')).toBe('completed');
    expect(await panel.getByTestId('sim-message').innerText()).toContain('Hi Ada, welcome to gold!');

    const onPath = (id: string) => flowNode(page, id).getByTestId('node-card').getAttribute('data-on-path');
    for (const id of ['signed-up', 'is-gold', 'send-gold', 'end-gold']) expect(await onPath(id)).toBe('true');
    for (const id of ['wait-week', 'end-other']) expect(await onPath(id)).toBe('false');
    const edgeOnPath = (id: string) =>
      page.locator(`.react-flow__edge[data-id="${id}"] .journey-edge--on-path`).count();
    expect(await edgeOnPath('e-is-gold-true')).toBe(1);
    expect(await edgeOnPath('e-is-gold-false')).toBe(0);

    // Nothing real happened: still five people entered, and no message was written.
    const stats = await api.analytics.nodeStats.query({ journeyId });
    expect(stats.nodes.find((step) => step.stepId === 'signed-up')?.entered).toBe(5);
    expect(await countMessages(stack, workspaceId)).toBe(messagesBefore);

    // Closing the panel clears the highlight.
    await panel.getByTestId('sim-close').click();
    await expect.poll(() => onPath('send-gold'), poll).toBe('false');
  });
  e2e('a test run of a draft that does not compile lists its problems', async ({ app }) => {
    const { page, api } = app;
    // A trigger leading nowhere does not compile (a step's open exit would just end the path).
    const broken = { ...goldWelcome, edges: (goldWelcome.edges ?? []).filter((e) => e.source !== 'signed-up') };
    const journey = await api.journeys.create.mutate({ name: 'Unfinished', graph: broken });
    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('test-run-button').click();
    const panel = page.getByTestId('simulation-panel');
    await panel.locator('[name="startEvent"]').fill('signed_up');
    await panel.getByTestId('sim-run').click();
    const problem = panel.locator('[data-testid="sim-problem"][data-node-id="signed-up"]');
    await problem.waitFor();
    expect(await panel.getByTestId('sim-result').count()).toBe(0);
  });
});
