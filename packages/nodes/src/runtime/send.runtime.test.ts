import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome, DeliveryRequest } from './send-delivery';
import { sendRuntime } from './send.runtime';
import { fakeContext } from './test-context';

function withDelivery(outcome: DeliveryOutcome, customer: Parameters<typeof fakeContext>[0] = {}) {
  const { context, effects } = fakeContext(customer);
  const requests: DeliveryRequest[] = [];
  context.services = {
    ...context.services,
    deliverMessage: (request) => {
      requests.push(request);
      return Promise.resolve(outcome);
    },
    stepOutputs: () => Promise.resolve({ reward: { code: 'SPRING-42' } }),
  };
  return { context, effects, requests };
}

const config = sendRuntime.spec.config.parse({
  channel: 'line',
  name: 'Coupon',
  body: 'Hi {{ customer.nickname | default: "friend" }}, your code is {{ steps.reward.code }}',
  variants: { 'zh-TW': { body: '{{ customer.name }}，您的優惠碼：{{ steps.reward.code }}' } },
  smartSendingHours: 12,
});

describe('send runtime', () => {
  it("writes the customer's locale variant with earlier steps' outputs and follows `sent`", async () => {
    const { context, requests } = withDelivery({ status: 'sent', messageId: 'm1', providerMessageId: 'p1' });
    const result = await sendRuntime.execute(config, context);
    expect(result).toEqual({ port: 'sent', output: { status: 'sent', messageId: 'm1', providerMessageId: 'p1' } });
    expect(requests).toEqual([
      {
        name: 'Coupon',
        locale: 'zh-TW',
        smartSendingHours: 12,
        now: context.now,
        message: { channel: 'line', content: { type: 'text', text: 'Amy，您的優惠碼：SPRING-42' } },
      },
    ]);
  });

  it('falls back to the default wording, where `default` may test a missing attribute', async () => {
    const { context, requests } = withDelivery(
      { status: 'skipped', messageId: 'm1', reason: 'unsubscribed' },
      { customer: { locale: 'ja' } },
    );
    const result = await sendRuntime.execute(config, context);
    expect(result.port).toBe('skipped');
    expect(requests[0]?.message).toEqual({
      channel: 'line',
      content: { type: 'text', text: 'Hi friend, your code is SPRING-42' },
    });
  });

  it('defers by asking to run again after the quiet hours', async () => {
    const { context } = withDelivery({ status: 'deferred', untilMs: 3_600_000, reason: 'quiet_hours' });
    expect(await sendRuntime.execute(config, context)).toEqual({ port: 'skipped', rerunAfterMs: 3_600_000 });
  });

  it('follows `failed` without calling the channel when a template cannot render for this customer', async () => {
    const strict = sendRuntime.spec.config.parse({
      channel: 'sms',
      name: 'Strict',
      body: 'Hi {{ customer.nickname }}',
    });
    const { context, requests, effects } = withDelivery({ status: 'sent', messageId: 'm', providerMessageId: 'p' });
    const result = await sendRuntime.execute(strict, context);
    expect(result.port).toBe('failed');
    expect(result.output).toMatchObject({
      code: 'template_error',
      variable: 'customer.nickname',
      messageId: 'failed-1',
    });
    expect(requests).toEqual([]);
    expect(effects.failures).toEqual([
      {
        channel: 'sms',
        name: 'Strict',
        code: 'template_error',
        detail: expect.stringMatching(/^customer\.nickname has no value for this customer \(in body\)/),
      },
    ]);
  });

  it('keeps writing v1 outbox messages through the step transaction', async () => {
    const { context, effects } = fakeContext();
    const outbox = sendRuntime.spec.config.parse({
      channel: 'outbox',
      name: 'Hello',
      subject: 'For {{ customer.name }}',
      body: 'Hi {{ customer.name }}',
    });
    expect(await sendRuntime.execute(outbox, context)).toEqual({ port: 'sent', output: { messageId: 'msg-1' } });
    expect(effects.messages).toEqual([{ channel: 'outbox', name: 'Hello', subject: 'For Amy', body: 'Hi Amy' }]);
  });
});
