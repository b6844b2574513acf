import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookAdapter, verifyWebhookSignature, webhookSignatureHeader } from '@wayfarer/channels';
import { startHttpSink, type HttpSink, type RecordedRequest, type Reply } from './http-sink';

const signingSecret = 'whsec_local_receiver_secret';
let sink: HttpSink | undefined;

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/** A receiver that verifies the signature as its documentation would tell a customer to. */
function receiver(secret: string) {
  return (request: RecordedRequest): Reply => {
    const header = request.headers[webhookSignatureHeader.toLowerCase()];
    const verdict = verifyWebhookSignature({
      secret,
      header: typeof header === 'string' ? header : null,
      body: request.body,
    });
    if (!verdict.ok) return { status: 401, body: { error: verdict.reason } };
    return { status: 202, headers: { 'x-request-id': `rcv-${String(request.headers['idempotency-key'])}` } };
  };
}

describe('signed webhooks against a local receiver', () => {
  it('posts the payload as JSON with a verifiable signature and the idempotency key', async () => {
    sink = await startHttpSink(receiver(signingSecret));
    const adapter = createWebhookAdapter({
      channel: 'webhook',
      url: `${sink.url}/hooks/wayfarer`,
      signingSecret,
      timeoutMs: 5000,
    });
    const payload = { event: 'coupon_issued', customerId: 'c1', coupon: 'BDAY-2026' };
    const result = await adapter.send({ channel: 'webhook', payload }, { idempotencyKey: 'visit-3' });
    expect(result).toEqual({ status: 'sent', providerMessageId: 'rcv-visit-3' });
    const [request] = sink.requests;
    expect(request?.path).toBe('/hooks/wayfarer');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe('visit-3');
    expect(JSON.parse(request?.body ?? '')).toEqual(payload);
  });

  it('is refused, without retry, by a receiver holding another secret', async () => {
    sink = await startHttpSink(receiver('whsec_a_different_secret'));
    const adapter = createWebhookAdapter({ channel: 'webhook', url: sink.url, signingSecret, timeoutMs: 5000 });
    await expect(
      adapter.send({ channel: 'webhook', payload: { a: 1 } }, { idempotencyKey: 'k' }),
    ).resolves.toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'unauthorized',
      providerStatus: 401,
    });
  });

  it('signs with the send time, so a stale capture fails verification', async () => {
    sink = await startHttpSink(() => ({ status: 200 }));
    const clock = () => Date.parse('2026-01-01T00:00:00Z');
    const adapter = createWebhookAdapter(
      { channel: 'webhook', url: sink.url, signingSecret, timeoutMs: 5000 },
      { clock },
    );
    await adapter.send({ channel: 'webhook', payload: { a: 1 } }, { idempotencyKey: 'k' });
    const request = sink.requests[0];
    const header = String(request?.headers[webhookSignatureHeader.toLowerCase()]);
    const body = request?.body ?? '';
    expect(verifyWebhookSignature({ secret: signingSecret, header, body, now: clock() })).toMatchObject({ ok: true });
    expect(verifyWebhookSignature({ secret: signingSecret, header, body, now: clock() + 3_600_000 })).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });
});
