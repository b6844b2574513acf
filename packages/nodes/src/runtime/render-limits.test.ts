import { describe, expect, it } from 'vitest';
import { checkTemplate, templateLimits } from '../builtins/send-template';
import type { SendFailure } from './context';
import { RenderBudget, renderSend, sendScope, TemplateRenderError } from './send-render';
import { sendRuntime } from './send.runtime';
import { event, fakeContext } from './test-context';

const render = (body: string, properties: Record<string, unknown> = {}, channel: 'sms' | 'webhook' = 'sms') => {
  const { context } = fakeContext({ entryEvent: event('order', properties) });
  return renderSend({ channel, name: 'x', content: { body } }, 'en', sendScope(context, {}));
};

describe('template limits', () => {
  it('publishing refuses a loop over a literal range longer than the limit', () => {
    expect(checkTemplate('{% for i in (1..100000000) %}x{% endfor %}')).toEqual([
      expect.stringMatching(/repeats 100,000,000 times; a loop may repeat at most 1,000/),
    ]);
    expect(checkTemplate('{%- tablerow i in ( 0 .. 5000 ) -%}x{% endtablerow %}')).toHaveLength(1);
    expect(checkTemplate('{% for i in (1..1000) %}{{ i }}{% endfor %}')).toEqual([]);
    // A bound read from data is the render limits' business.
    expect(checkTemplate('{% for i in (1..event.count) %}x{% endfor %}')).toEqual([]);
  });

  it('fails a 10^8-iteration loop with render_limit, within the render time limit', async () => {
    const started = Date.now();
    const nested = '{% for i in (1..event.n) %}{% for j in (1..event.n) %}x{% endfor %}{% endfor %}';
    await expect(render(nested, { n: 10_000 })).rejects.toMatchObject({ code: 'render_limit', field: 'body' });
    expect(Date.now() - started).toBeLessThan(templateLimits.renderMs + 1_000);
    // One range of 10^8 is refused at once by the memory limit.
    await expect(render('{% for i in (1..event.n) %}x{% endfor %}', { n: 100_000_000 })).rejects.toMatchObject({
      code: 'render_limit',
    });
  });

  it('caps the output of a whole message, across its JSON strings', async () => {
    const hundredKb = '{% for i in (1..100) %}{{ event.kb }}{% endfor %}';
    const payload = (fields: number) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: fields }, (_, i) => [`f${i}`, hundredKb])));
    const properties = { kb: 'k'.repeat(1024) };
    // Each string is 100 KiB: one passes, six together are over 512 KiB.
    await expect(render(payload(1), properties, 'webhook')).resolves.toBeDefined();
    await expect(render(payload(6), properties, 'webhook')).rejects.toMatchObject({ code: 'render_limit' });
  });

  it('shares one time budget between the templates of a message', () => {
    const spent = new RenderBudget(Date.now() - templateLimits.renderMs - 1);
    expect(() => spent.timeLeft('flex')).toThrow(TemplateRenderError);
    expect(new RenderBudget().timeLeft('body').renderLimit).toBeGreaterThan(templateLimits.renderMs - 100);
  });

  it('records a failure on the message row (through the step services) and follows `failed`', async () => {
    const { context } = fakeContext({ entryEvent: event('order', { n: 100_000_000 }) });
    const recorded: SendFailure[] = [];
    context.services.recordSendFailure = (failure) => {
      recorded.push(failure);
      return Promise.resolve({ messageId: 'failed-1' });
    };
    const config = sendRuntime.spec.config.parse({
      channel: 'sms',
      name: 'Loop',
      body: '{% for i in (1..event.n) %}x{% endfor %}',
    });
    const result = await sendRuntime.execute(config, context);
    expect(result).toMatchObject({ port: 'failed', output: { code: 'render_limit', messageId: 'failed-1' } });
    expect(recorded).toEqual([
      { channel: 'sms', name: 'Loop', code: 'render_limit', detail: expect.stringContaining('limit') },
    ]);
  });
});
