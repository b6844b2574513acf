/// <reference lib="dom" />
// Issue 3's required flow: a marketer builds a journey from scratch in the visual editor — palette,
// side-panel forms, ports, validation, undo/redo — publishes it, and finds it live after a reload,
// with the same graph the server stored as draft and as the published version.
import { describe, expect } from 'vitest';
import { clickNode, connect, dropFromPalette, flowNode, paneSize, readCanvas } from './support/canvas';
import {
  addChip,
  createJourneyFromList,
  graphShape,
  hasProblemBadge,
  journeyStatus,
  savedDraft,
  selectNode,
  setField,
  shownProblems,
} from './support/editor';
import { ingest } from '../support/stack';
import { e2e, UI_TIMEOUT_MS } from './support/fixtures';

const poll = { timeout: UI_TIMEOUT_MS };

describe('building a journey in the editor', () => {
  e2e(
    'drags trigger → tag → wait → branch → send → reward, configures and connects them, publishes, and finds the journey live after a reload',
    async ({ app }) => {
      const { page, api } = app;
      await page.setViewportSize({ width: 1920, height: 1080 });
      await app.open('/');
      const journeyId = await createJourneyFromList(page, 'Welcome from scratch');
      await page.locator('.react-flow__pane').waitFor();
      expect((await api.journeys.get.query({ journeyId })).name).toBe('Welcome from scratch');
      expect(
        await page
          .getByTestId('journey-name')
          .evaluate((el) => (el instanceof HTMLInputElement ? el.value : el.textContent)),
      ).toContain('Welcome from scratch');
      expect(await journeyStatus(page)).toBe('draft');

      // The palette filters as the marketer types.
      await page.getByTestId('palette').waitFor();
      await page.getByTestId('palette-search').fill('wait');
      await expect.poll(() => page.getByTestId('palette-item-core.wait').isVisible(), poll).toBe(true);
      await expect.poll(() => page.getByTestId('palette-item-core.send').isVisible(), poll).toBe(false);
      await page.getByTestId('palette-search').fill('');
      await expect.poll(() => page.getByTestId('palette-item-core.send').isVisible(), poll).toBe(true);

      // A 3 × 3 grid, cells far enough apart that no card covers another's handles, clear of the
      // minimap (bottom right). The first step goes in the middle: on an empty canvas React Flow fits
      // the view to the first node, which moves it to the middle anyway.
      const pane = await paneSize(page);
      const at = (column: number, row: number) => ({
        x: Math.round(pane.width * (0.17 + column * 0.33)),
        y: Math.round(pane.height * (0.2 + row * 0.3)),
      });
      const trigger = await dropFromPalette(page, 'core.trigger.event', at(1, 1));
      const tag = await dropFromPalette(page, 'core.tag', at(2, 1));
      const wait = await dropFromPalette(page, 'core.wait', at(2, 0));
      const branch = await dropFromPalette(page, 'core.branch', at(0, 0));
      const send = await dropFromPalette(page, 'core.send', at(1, 0));
      const reward = await dropFromPalette(page, 'core.reward.points', at(0, 1));
      const end = await dropFromPalette(page, 'core.end', at(0, 2));
      expect(new Set([trigger, tag, wait, branch, send, reward, end]).size).toBe(7);

      // A fresh trigger has no event yet: the compiler says so, on the node and in the problems list.
      await expect.poll(() => shownProblems(page), poll).toContainEqual({ nodeId: trigger, code: 'invalid_config' });
      expect(await hasProblemBadge(page, trigger)).toBe(true);

      // Configure every node in the side panel.
      await selectNode(page, trigger);
      await setField(page, 'event', 'signed_up');
      await expect
        .poll(() => shownProblems(page), poll)
        .not.toContainEqual({ nodeId: trigger, code: 'invalid_config' });
      await selectNode(page, tag);
      await addChip(page, 'add', 'new_member');
      await selectNode(page, wait);
      await setField(page, 'duration.amount', '3');
      await setField(page, 'duration.unit', 'days');
      await selectNode(page, branch);
      await setField(page, 'conditions.0.tag', 'vip');
      await selectNode(page, send);
      await setField(page, 'name', 'Welcome');
      await setField(page, 'body', 'Hi {{ customer.name }}');
      // A message goes nowhere until the marketer picks where: no channel is chosen for them.
      await expect.poll(() => shownProblems(page), poll).toContainEqual({ nodeId: send, code: 'invalid_config' });
      await selectNode(page, send);
      await setField(page, 'channel', 'Test mailbox (development)');
      await selectNode(page, reward);
      await setField(page, 'points', '100');

      // Before the ports are connected, the compiler reports the missing edges.
      await expect.poll(() => shownProblems(page), poll).toContainEqual({ nodeId: trigger, code: 'missing_edge' });
      await connect(page, trigger, 'out', tag);
      await connect(page, tag, 'out', wait);
      await connect(page, wait, 'out', branch);
      await connect(page, branch, 'true', send);
      await connect(page, branch, 'false', end);
      await connect(page, send, 'sent', reward);
      await connect(page, reward, 'out', end);
      await expect.poll(() => shownProblems(page), poll).toEqual([]);
      for (const id of [trigger, tag, wait, branch, send, reward, end])
        expect(await hasProblemBadge(page, id)).toBe(false);
      // Screen readers hear each link by the steps it joins and the exit it leaves by, not by ids.
      const linkNames = await page
        .locator('.react-flow__edge')
        .evaluateAll((edges) => edges.map((edge) => edge.getAttribute('aria-label') ?? ''));
      expect(linkNames).toContain('Link from “If / else” (Yes) to “Send message”');
      for (const id of [trigger, tag, wait, branch, send, reward, end])
        expect(linkNames.filter((name) => name.includes(id))).toEqual([]);

      // Undo takes the last edge away (the reward's exit is then an open path, which ends the journey
      // there and is no problem); redo puts it back.
      await page.getByTestId('undo').click();
      await expect.poll(async () => (await readCanvas(page)).edgeIds.length, poll).toBe(6);
      await expect.poll(() => shownProblems(page), poll).toEqual([]);
      await page.getByTestId('redo').click();
      await expect.poll(async () => (await readCanvas(page)).edgeIds.length, poll).toBe(7);
      await expect.poll(() => shownProblems(page), poll).toEqual([]);

      // A validation error appears as the message is emptied, and disappears when it is written again.
      await selectNode(page, send);
      await setField(page, 'body', '');
      await expect.poll(() => shownProblems(page), poll).toEqual([{ nodeId: send, code: 'invalid_config' }]);
      expect(await hasProblemBadge(page, send)).toBe(true);
      await selectNode(page, send);
      await setField(page, 'body', 'Hi {{ customer.name }}');
      await expect.poll(() => shownProblems(page), poll).toEqual([]);
      expect(await hasProblemBadge(page, send)).toBe(false);

      // The server has the draft the canvas shows.
      const expectedShape = {
        nodes: [
          { id: trigger, type: 'core.trigger.event', config: expect.objectContaining({ event: 'signed_up' }) },
          { id: tag, type: 'core.tag', config: expect.objectContaining({ add: ['new_member'] }) },
          { id: wait, type: 'core.wait', config: { mode: 'duration', duration: { amount: 3, unit: 'days' } } },
          {
            id: branch,
            type: 'core.branch',
            config: expect.objectContaining({ conditions: [{ subject: 'tag', op: 'has', tag: 'vip' }] }),
          },
          {
            id: send,
            type: 'core.send',
            config: expect.objectContaining({ channel: 'outbox', name: 'Welcome', body: 'Hi {{ customer.name }}' }),
          },
          { id: reward, type: 'core.reward.points', config: expect.objectContaining({ points: 100 }) },
          { id: end, type: 'core.end', config: expect.anything() },
        ].sort((a, b) => a.id.localeCompare(b.id)),
        edges: [
          { source: trigger, sourceHandle: 'out', target: tag },
          { source: tag, sourceHandle: 'out', target: wait },
          { source: wait, sourceHandle: 'out', target: branch },
          { source: branch, sourceHandle: 'true', target: send },
          { source: branch, sourceHandle: 'false', target: end },
          { source: send, sourceHandle: 'sent', target: reward },
          { source: reward, sourceHandle: 'out', target: end },
        ].sort((a, b) => `${a.source}.${a.sourceHandle}`.localeCompare(`${b.source}.${b.sourceHandle}`)),
      };
      const draft = await savedDraft(page, api, journeyId);
      expect(graphShape(draft)).toEqual(expectedShape);
      const canvas = await readCanvas(page);
      expect(canvas.nodes).toEqual(graphShape(draft).nodes.map(({ id, type }) => ({ id, type })));
      expect(canvas.edgeIds).toEqual(draft.edges.map((edge) => edge.id).sort());

      // Publish: allowed on the test mailbox and with {{ customer.name }} unguarded, each with a warning.
      await page.getByTestId('publish').click();
      await page.getByTestId('publish-dialog').waitFor();
      await page.getByTestId('publish-warnings').waitFor();
      const warnings = await page
        .getByTestId('publish-warning')
        .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-code'), row.getAttribute('data-node-id')]));
      expect(warnings).toEqual([
        ['test_channel', send],
        ['attribute_may_be_missing', send],
      ]);
      await page.getByTestId('publish-confirm').click();
      await expect.poll(() => journeyStatus(page), poll).toBe('live');
      const live = await api.journeys.get.query({ journeyId });
      expect(live.status).toBe('live');
      expect(live.liveVersionId).not.toBeNull();
      const versions = await api.journeys.versions.query({ journeyId });
      expect(versions.map((version) => version.number)).toEqual([1]);
      const published = await api.journeys.version.query({ versionId: live.liveVersionId! });
      expect(graphShape(published.graph)).toEqual(graphShape(draft));
      expect(Object.keys(published.ir.steps).sort()).toEqual([trigger, tag, wait, branch, send, reward, end].sort());
      expect(published.ir.triggers).toEqual([
        expect.objectContaining({
          stepId: trigger,
          match: expect.objectContaining({ on: 'event', event: 'signed_up' }),
        }),
      ]);

      // After a reload the journey is live and the canvas shows the same graph.
      await page.reload();
      await flowNode(page, trigger).waitFor();
      await expect.poll(() => readCanvas(page), poll).toEqual(canvas);
      expect(await journeyStatus(page)).toBe('live');
      expect(await page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
      expect(graphShape((await api.journeys.get.query({ journeyId })).draft)).toEqual(graphShape(draft));

      // Pause stops new entrants; resume lets them in again.
      await page.getByTestId('pause').click();
      await expect.poll(() => journeyStatus(page), poll).toBe('paused');
      expect((await api.journeys.get.query({ journeyId })).status).toBe('paused');
      await page.getByTestId('resume').click();
      await expect.poll(() => journeyStatus(page), poll).toBe('live');
      expect((await api.journeys.get.query({ journeyId })).status).toBe('live');

      // The published version opens read-only.
      await app.open(`/journeys/${journeyId}/versions/${live.liveVersionId}`);
      await page.getByTestId('readonly-banner').waitFor();
      await expect.poll(async () => (await readCanvas(page)).nodes, poll).toEqual(canvas.nodes);

      // The list shows it live, and finds it by name.
      await app.open('/');
      const row = page.locator(`[data-testid="journey-row"][data-journey-id="${journeyId}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('live');
      await page.getByTestId('journey-search').fill('from scratch');
      await expect.poll(() => row.isVisible(), poll).toBe(true);
      await page.getByTestId('journey-search').fill('no journey is called this');
      await expect.poll(() => page.getByTestId('journey-row').count(), poll).toBe(0);
    },
  );

  e2e('clicking a problem selects the node it is about', async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('/');
    await createJourneyFromList(page, 'Problems');
    await page.locator('.react-flow__pane').waitFor();
    const pane = await paneSize(page);
    const send = await dropFromPalette(page, 'core.send', {
      x: Math.round(pane.width / 2),
      y: Math.round(pane.height / 2),
    });
    // A new step is selected; the problems list shows once the selection is cleared.
    await expect.poll(() => shownProblems(page), poll).toContainEqual({ nodeId: send, code: 'invalid_config' });
    expect(await flowNode(page, send).getAttribute('class')).not.toContain('selected');
    await page.locator(`[data-testid="problem"][data-node-id="${send}"]`).first().click();
    await expect
      .poll(async () => (await flowNode(page, send).getAttribute('class'))?.includes('selected'), poll)
      .toBe(true);
    await page.getByTestId('inspector').waitFor();
    // Clicking the empty canvas clears the selection again.
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await expect
      .poll(async () => (await flowNode(page, send).getAttribute('class'))?.includes('selected'), poll)
      .toBe(false);
    await clickNode(page, send);
    await expect
      .poll(async () => (await flowNode(page, send).getAttribute('class'))?.includes('selected'), poll)
      .toBe(true);
  });

  e2e('a message on a channel the workspace has not connected is a problem before publishing', async ({ app }) => {
    const { page, api } = app;
    const graph = {
      nodes: [
        { id: 'joined', type: 'core.trigger.event', data: { config: { event: 'joined' } } },
        { id: 'hello', type: 'core.send', data: { config: { channel: 'sms', name: 'Hello', body: 'Hi there' } } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'joined', sourceHandle: 'out', target: 'hello' },
        { id: 'e2', source: 'hello', sourceHandle: 'sent', target: 'end' },
      ],
    };
    const journey = await api.journeys.create.mutate({ name: 'SMS hello', graph });
    await app.open(`/journeys/${journey.id}`);
    await page.getByTestId('node-card').first().waitFor();
    // The graph compiles; the workspace has no SMS channel, which the editor learns from the server.
    await expect.poll(() => shownProblems(page), poll).toEqual([{ nodeId: 'hello', code: 'channel_not_connected' }]);
    expect(await page.getByTestId('problem').innerText()).toContain('SMS is not connected');
    await api.channels.save.mutate({
      channel: 'sms',
      config: { accountSid: 'AC123', authToken: 'token-1234567890', from: '+15550001111' },
    });
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-dialog').waitFor();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => journeyStatus(page), poll).toBe('live');
  });
  e2e('event names are picked from what the workspace received, with counts, or typed new', async ({ app, stack }) => {
    const { page, api, key } = app;
    for (let n = 0; n < 3; n += 1) {
      const body = { userId: 'mei', event: 'purchase', messageId: `picker-${n}` };
      expect((await ingest(stack, key, '/v1/track', body)).status).toBe(200);
    }
    await app.open('/');
    const journeyId = await createJourneyFromList(page, 'Picked names');
    await page.locator('.react-flow__pane').waitFor();
    const pane = await paneSize(page);
    const trigger = await dropFromPalette(page, 'core.trigger.event', {
      x: Math.round(pane.width / 2),
      y: Math.round(pane.height / 2),
    });
    await selectNode(page, trigger);
    const picker = page.getByTestId('inspector').locator('[name="event"]');
    await picker.click();
    const option = page.getByRole('option', { name: /purchase/ });
    await expect.poll(() => option.innerText(), poll).toContain('3 times in 30 days · last seen just now');
    await option.click();
    await expect
      .poll(
        async () => (await savedDraft(page, api, journeyId)).nodes.find((node) => node.id === trigger)?.data.config,
        poll,
      )
      .toMatchObject({ event: 'purchase' });
    // A name not received yet is typed; the space a paste brings along is trimmed.
    await picker.fill(' signed_up ');
    await page.getByTestId('inspector').getByRole('heading').first().click();
    await expect
      .poll(
        async () => (await savedDraft(page, api, journeyId)).nodes.find((node) => node.id === trigger)?.data.config,
        poll,
      )
      .toMatchObject({ event: 'signed_up' });
  });
});
