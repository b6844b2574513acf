/// <reference lib="dom" />
// The test-run panel tells what the workspace's sending rules would do: a LINE welcome sent inside
// the quiet hours shows as deferred, with when it is tried again, and then sent; switching the
// rules off in the panel sends it at once; a step that tags the customer and grants points shows the
// segment they entered and the tier they reached, in words, in English and 繁體中文; the streak
// template's 7-day reward shows after a week of check-ins. Real server, Postgres, time-skipping
// Temporal, Chromium.
import type { JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect } from 'vitest';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';
import { chooseLanguage } from './support/shell';

const poll = { timeout: UI_TIMEOUT_MS };
const FIRST_SIMULATION_TIMEOUT_MS = 90_000;
const HOUR_MS = 3_600_000;

const lineWelcome = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  name: 'LINE welcome',
  nodes: [
    {
      id: 'signed-up',
      type: 'core.trigger.event',
      position: { x: 0, y: 0 },
      data: { typeVersion: 1, config: { event: 'signed_up', where: [] } },
    },
    {
      id: 'hello',
      type: 'core.send',
      position: { x: 300, y: 0 },
      data: {
        typeVersion: 1,
        config: { channel: 'line', name: 'Hello', body: 'Hello {{ customer.name | default: "friend" }}' },
      },
    },
    { id: 'end', type: 'core.end', position: { x: 600, y: 0 }, data: { typeVersion: 1, config: {} } },
  ],
  edges: [
    { id: 'e1', source: 'signed-up', sourceHandle: 'out', target: 'hello' },
    { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'end' },
  ],
  settings: { reentry: 'once', exitOn: [], goal: null },
} as unknown as JourneyGraphInput;

/** `HH:MM` on the clock of `timeZone`, `hours` from now. */
function clock(timeZone: string, hours: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(Date.now() + hours * HOUR_MS))
    .slice(0, 5);
}

describe('the test-run panel and the sending rules', () => {
  e2e('shows a send deferred by the quiet hours, and sends at once with the rules switched off', async ({ app }) => {
    const { page, api } = app;
    await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
    // The made-up customer's zone is the browser's; quiet hours from an hour ago to two hours from now.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await api.channels.messagingSettings.save.mutate({
      quietHours: { start: clock(zone, -1), end: clock(zone, 2) },
      frequencyCap: null,
      channelCaps: {},
    });
    const journey = await api.journeys.create.mutate({ name: 'LINE welcome', graph: lineWelcome });
    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('test-run-button').click();
    const panel = page.getByTestId('simulation-panel');
    await panel.locator('[name="attributes.0.value"]').fill('Ada');
    await panel.locator('[name="startEvent"]').fill('signed_up');
    await panel.locator('[name="days"]').fill('1');
    expect(await panel.locator('[name="applySendingRules"]').isChecked()).toBe(true);
    await panel.getByTestId('sim-run').click();

    await panel.getByTestId('sim-result').waitFor({ timeout: FIRST_SIMULATION_TIMEOUT_MS });
    const outcomes = panel.getByTestId('sim-message-outcome');
    await expect.poll(() => outcomes.count(), poll).toBe(1);
    expect(await outcomes.getAttribute('data-status')).toBe('deferred');
    const words = await outcomes.innerText();
    expect(words).toMatch(/^deferred · quiet hours · tried again Day 1, 0[12]:\d\d$/);
    // Deferred, then sent: two messages on the step, which left by "sent".
    const hello = panel.locator('[data-testid="sim-step"][data-step-id="hello"]');
    expect(await hello.getByTestId('sim-message').count()).toBe(2);
    expect(await hello.getAttribute('data-port')).toBe('sent');

    await panel.locator('[name="applySendingRules"]').uncheck();
    await panel.getByTestId('sim-run').click();
    await expect.poll(() => hello.getByTestId('sim-message').count(), poll).toBe(1);
    expect(await outcomes.count()).toBe(0);
    expect(await hello.getByTestId('sim-message').innerText()).toContain('Hello Ada');
  });

  e2e('shows the segment a step put the customer in and the tier granted points earned, in words', async ({ app }) => {
    const { page, api } = app;
    await api.segments.create.mutate({ name: 'VIP members', rule: { type: 'tag', tag: 'vip' } });
    await api.loyalty.tiers.create.mutate({ key: 'gold', name: 'Gold', rank: 2, metric: 'points', threshold: 500 });
    const journey = await api.journeys.create.mutate({ name: 'VIP welcome', graph: vipWelcome });
    await app.open(`/journeys/${journey.id}`);
    await page.locator('.react-flow__pane').waitFor();
    await page.getByTestId('test-run-button').click();
    const panel = page.getByTestId('simulation-panel');
    await panel.locator('[name="attributes.0.value"]').fill('Ada');
    await panel.locator('[name="points"]').fill('150');
    await panel.locator('[name="startEvent"]').fill('signed_up');
    await panel.locator('[name="days"]').fill('1');
    await panel.getByTestId('sim-run').click();
    await panel.getByTestId('sim-result').waitFor({ timeout: FIRST_SIMULATION_TIMEOUT_MS });

    const facts = async (stepId: string, kind: string) =>
      (
        await panel.locator(`[data-testid="sim-step"][data-step-id="${stepId}"] [data-kind="${kind}"]`).innerText()
      ).trim();
    expect(await facts('make-vip', 'segment_entered')).toBe('✎ Change: Entered the segment “VIP members”');
    expect(await facts('grant', 'points')).toBe('Reward: +400 points (welcome gift) · balance 550');
    expect(await facts('tier', 'tier_changed')).toBe('✎ Change: Membership tier up: no tier → Gold');
    // The branch on the tier saw Gold.
    const branch = panel.locator('[data-testid="sim-step"][data-step-id="is-gold"]');
    expect(await branch.getAttribute('data-port')).toBe('true');

    await chooseLanguage(page, 'zh-TW');
    await expect.poll(() => facts('make-vip', 'segment_entered'), poll).toBe('✎ 變更：進入分眾「VIP members」');
    expect(await facts('grant', 'points')).toBe('獎勵：+400 點（welcome gift）· 餘額 550');
    expect(await facts('tier', 'tier_changed')).toBe('✎ 變更：會員等級升級：無等級 → Gold');
  });

  e2e(
    'shows the streak template’s 7-day reward in 繁體中文 when a week of check-ins reaches the milestone',
    async ({ app }) => {
      const { page, api } = app;
      await api.channels.save.mutate({ channel: 'line', config: { channelAccessToken: 'e2e-line-token' } });
      const journey = await api.journeys.createFromTemplate.mutate({
        templateId: 'daily-check-in-streak',
        locale: 'zh-TW',
        assets: { 'streak-7': { create: true } },
      });
      await app.open(`/journeys/${journey.id}`);
      await page.locator('.react-flow__pane').waitFor();
      await chooseLanguage(page, 'zh-TW');
      await page.getByTestId('test-run-button').click();
      const panel = page.getByTestId('simulation-panel');
      await panel.locator('[name="startEvent"]').fill('check_in');
      await panel.locator('[name="days"]').fill('8');
      // A check-in at the start of each of the next six days: seven local days in a row.
      for (let index = 0; index < 6; index += 1) {
        await panel.getByTestId('sim-add-event').click();
        await panel.locator(`[name="events.${index}.day"]`).fill(String(index + 2));
        await panel.locator(`[name="events.${index}.time"]`).fill('00:00');
        await panel.locator(`[name="events.${index}.name"]`).fill('check_in');
      }
      await panel.getByTestId('sim-run').click();
      await panel.getByTestId('sim-result').waitFor({ timeout: FIRST_SIMULATION_TIMEOUT_MS });

      const step = (stepId: string) => panel.locator(`[data-testid="sim-step"][data-step-id="${stepId}"]`);
      await expect.poll(() => step('grant-streak-bonus').count(), poll).toBe(1);
      expect(await step('grant-streak-bonus').getAttribute('data-entry')).toBe('8');
      expect((await step('grant-streak-bonus').getByTestId('sim-reward').innerText()).trim()).toBe(
        '獎勵：+100 點（連續簽到 7 天加碼）· 餘額 170',
      );
      expect((await step('award-streak-badge').getByTestId('sim-reward').innerText()).trim()).toBe(
        '獎勵：徽章「連續簽到 7 天」',
      );
      const milestone = panel.locator('[data-testid="sim-step"][data-step-id="checkin"][data-entry="7"]');
      expect(await milestone.locator('[data-kind="event_recorded"]').innerText()).toContain(
        '已記錄事件「streak_reached」',
      );
    },
  );
});

const node = (id: string, type: string, x: number, config: Record<string, unknown> = {}) => ({
  id,
  type,
  position: { x, y: 0 },
  data: { typeVersion: 1, config },
});

const vipWelcome = {
  format: 'wayfarer.journey',
  formatVersion: 1,
  name: 'VIP welcome',
  nodes: [
    node('signed-up', 'core.trigger.event', 0, { event: 'signed_up', where: [] }),
    node('make-vip', 'core.tag', 300, { add: ['vip'], remove: [], setAttributes: {} }),
    node('grant', 'core.reward.points', 600, { points: 400, reason: 'welcome gift' }),
    node('tier', 'core.tier.evaluate', 900),
    node('is-gold', 'core.branch', 1200, { match: 'all', conditions: [{ subject: 'tier', op: 'is', tier: 'gold' }] }),
    node('end', 'core.end', 1500),
  ],
  edges: [
    { id: 'e1', source: 'signed-up', sourceHandle: 'out', target: 'make-vip' },
    { id: 'e2', source: 'make-vip', sourceHandle: 'out', target: 'grant' },
    { id: 'e3', source: 'grant', sourceHandle: 'out', target: 'tier' },
    { id: 'e4', source: 'tier', sourceHandle: 'upgraded', target: 'is-gold' },
    { id: 'e5', source: 'tier', sourceHandle: 'same', target: 'end' },
    { id: 'e6', source: 'is-gold', sourceHandle: 'true', target: 'end' },
    { id: 'e7', source: 'is-gold', sourceHandle: 'false', target: 'end' },
  ],
  settings: { reentry: 'once', exitOn: [], goal: null },
} as unknown as JourneyGraphInput;
