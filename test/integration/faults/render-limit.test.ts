// A template written to run 10^8 loop iterations fails its send with `render_limit` inside the
// render time limit — recorded on the message row, counted in the journey's overview — while the
// server keeps answering /healthz; a test run of the same template shows the same failure and does
// not hold the server either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { templateLimits } from '@wayfarer/nodes';
import { eventually } from '../../support/eventually';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';

// The bound comes from the event, so publishing (which refuses long literal loops) lets it through.
const tenToTheEight = '{% for i in (1..event.n) %}{% for j in (1..event.n) %}x{% endfor %}{% endfor %}';

const journey: JourneyGraphInput = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'order' } } },
    { id: 'loop', type: 'core.send', data: { config: { channel: 'outbox', name: 'Loop', body: tenToTheEight } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: ['sent', 'skipped', 'failed']
    .map((port) => ({ id: port, source: 'loop', sourceHandle: port, target: 'end' }))
    .concat([{ id: 'in', source: 'trigger', sourceHandle: 'out', target: 'loop' }]),
};

/** Asks /healthz over and over until stopped; reports the slowest answer. */
function watchHealth(url: string) {
  let stopped = false;
  let slowestMs = 0;
  let answers = 0;
  const watching = (async () => {
    while (!stopped) {
      const started = Date.now();
      const response = await fetch(`${url}/healthz`);
      if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
      await response.body?.cancel();
      slowestMs = Math.max(slowestMs, Date.now() - started);
      answers++;
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await watching;
      return { slowestMs, answers };
    },
  };
}

// Rendering holds the event loop for at most the limit; the rest is a loaded machine's slack.
const HEALTH_ANSWERS_WITHIN_MS = templateLimits.renderMs + 2_000;

describe('a template that would loop 10^8 times', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  beforeAll(async () => {
    stack = await startStack('render_limit');
    ({ key } = await createWorkspaceWithKey(stack, 'Loops'));
    api = apiClient(stack, key);
  });
  afterAll(async () => stack?.close());

  it('fails the send with render_limit, recorded and counted, while /healthz answers', async () => {
    const created = await api.journeys.create.mutate({ name: 'Loop', graph: journey });
    await api.journeys.publish.mutate({ journeyId: created.id });
    const health = watchHealth(stack.url);
    expect(
      (await ingest(stack, key, '/v1/track', { userId: 'mei', event: 'order', properties: { n: 10_000 } })).status,
    ).toBe(200);
    const message = await eventually(() =>
      stack.database.db.selectFrom('messages').selectAll().where('journeyId', '=', created.id).executeTakeFirst(),
    );
    const { slowestMs, answers } = await health.stop();
    expect(message).toMatchObject({ status: 'failed', reason: 'render_limit', channel: 'outbox', name: 'Loop' });
    expect(message.detail).toMatch(/body: the message exceeded a template limit/);
    expect(answers).toBeGreaterThan(1);
    expect(slowestMs).toBeLessThan(HEALTH_ANSWERS_WITHIN_MS);
    // The customer left by the `failed` port, and the overview counts the failure.
    await eventually(async () => {
      const overview = await api.analytics.overview.query({ journeyId: created.id });
      const outbox = overview.messages.find((row) => row.channel === 'outbox');
      return outbox?.failed === 1 && overview.completed === 1 ? true : undefined;
    });
  });

  it('a test run of it ends at the `failed` port without holding the server', async () => {
    const created = await api.journeys.create.mutate({ name: 'Loop draft', graph: journey });
    const health = watchHealth(stack.url);
    const result = await api.simulation.run.mutate({
      journeyId: created.id,
      source: { kind: 'draft' },
      customer: { kind: 'sample', attributes: { name: 'Ada' }, tags: [], timezone: 'Asia/Taipei', locale: 'en' },
      startEvent: { name: 'order', properties: { n: 10_000 } },
      days: 1,
      events: [],
    });
    const { slowestMs, answers } = await health.stop();
    expect(result.steps.find((step) => step.stepId === 'loop')).toMatchObject({
      port: 'failed',
      messages: [{ channel: 'outbox', status: 'failed', reason: 'render_limit' }],
    });
    expect(result.outcome).toBe('completed');
    expect(answers).toBeGreaterThan(1);
    expect(slowestMs).toBeLessThan(HEALTH_ANSWERS_WITHIN_MS);
  });
});
