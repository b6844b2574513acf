import { describe, expect, it } from 'vitest';
import { renderSend, sendScope, TemplateRenderError } from './send-render';
import { fakeContext } from './test-context';

const content = {
  subject: 'Hi {{ customer.name }}',
  body: '{{ customer.name }} ({{ customer.tier }}): {{ customer.points_balance }} points',
  variants: { 'zh-TW': { body: '{{ customer.name }}（{{ customer.tier }}）{{ customer.points }} 點' } },
};

describe('renderSend (the send step and the template preview)', () => {
  it("writes the customer's locale wording with their tier and points", async () => {
    const { context } = fakeContext({
      customer: { attributes: { name: 'Mei' }, tier: 'gold', points: 120, locale: 'zh-tw' },
    });
    const scope = sendScope(context, {});
    const rendered = await renderSend({ channel: 'sms', name: 'Hello', content }, context.customer.locale, scope);
    expect(rendered).toEqual({ locale: 'zh-TW', message: { channel: 'sms', body: 'Mei（gold）120 點' } });
    const outbox = await renderSend({ channel: 'outbox', name: 'Hello', content }, 'en', scope);
    expect(outbox).toEqual({
      locale: 'default',
      message: { channel: 'outbox', name: 'Hello', subject: 'Hi Mei', body: 'Mei (gold): 120 points' },
    });
  });

  it('falls back to a tier attribute where loyalty has none', () => {
    const { context } = fakeContext({ customer: { attributes: { tier: 'silver' }, tier: null } });
    expect(sendScope(context, {}).customer.tier).toBe('silver');
  });

  it('names the field whose template fails', async () => {
    const { context } = fakeContext();
    const failure = renderSend(
      { channel: 'email', name: 'x', content: { subject: 'ok', body: 'Hi {{ customer.nickname }}' } },
      'en',
      sendScope(context, {}),
    );
    await expect(failure).rejects.toBeInstanceOf(TemplateRenderError);
    await expect(failure).rejects.toMatchObject({ field: 'body' });
  });
});
