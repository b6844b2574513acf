import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createChannelAdapter, createLineAdapter, uuidFromKey } from '@wayfarer/channels';
import { startHttpSink, type HttpSink, type RecordedRequest, type Reply } from './http-sink';

const token = 'line-channel-access-token';
const userId = `U${'4af3'.repeat(8)}`;
let sink: HttpSink | undefined;

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/**
 * The Messaging API's push endpoint as LINE documents it: bearer auth, a UUID X-Line-Retry-Key, and
 * a 409 naming the first request when a retry key was already accepted.
 */
function lineApi(): { reply: (request: RecordedRequest) => Reply; accepted: Map<string, string> } {
  const accepted = new Map<string, string>();
  const reply = (request: RecordedRequest): Reply => {
    if (request.method !== 'POST' || request.path !== '/v2/bot/message/push') return { status: 404 };
    if (request.headers.authorization !== `Bearer ${token}`)
      return { status: 401, body: { message: 'Authentication failed' } };
    const retryKey = String(request.headers['x-line-retry-key'] ?? '');
    if (!/^[0-9a-f-]{36}$/.test(retryKey)) return { status: 400, body: { message: 'The retry key is invalid' } };
    const first = accepted.get(retryKey);
    if (first) {
      return {
        status: 409,
        headers: { 'x-line-request-id': randomUUID(), 'x-line-accepted-request-id': first },
        body: { message: 'The retry key is already accepted' },
      };
    }
    const requestId = randomUUID();
    accepted.set(retryKey, requestId);
    return {
      status: 200,
      headers: { 'x-line-request-id': requestId },
      body: { sentMessages: [{ id: `msg-${accepted.size}`, quoteToken: 'q' }] },
    };
  };
  return { reply, accepted };
}

describe('LINE push via @line/bot-sdk against a local Messaging API', () => {
  it('pushes a text message with the bearer token and a retry key derived from the idempotency key', async () => {
    sink = await startHttpSink(lineApi().reply);
    const adapter = createLineAdapter({
      channel: 'line',
      channelAccessToken: token,
      baseUrl: sink.url,
      timeoutMs: 5000,
    });
    const result = await adapter.send(
      { channel: 'line', to: userId, content: { type: 'text', text: '王小明，您好！' } },
      { idempotencyKey: 'journey:j1:customer:c1/send-1/1' },
    );
    expect(result).toEqual({ status: 'sent', providerMessageId: 'msg-1' });
    const [request] = sink.requests;
    expect(request?.headers['x-line-retry-key']).toBe(uuidFromKey('journey:j1:customer:c1/send-1/1'));
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      to: userId,
      messages: [{ type: 'text', text: '王小明，您好！' }],
    });
  });

  it('pushes a Flex message as given', async () => {
    sink = await startHttpSink(lineApi().reply);
    const adapter = createChannelAdapter({ channel: 'line', channelAccessToken: token, baseUrl: sink.url });
    const contents = {
      type: 'bubble',
      body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'You have 120 points' }] },
    };
    const result = await adapter.send(
      { channel: 'line', to: userId, content: { type: 'flex', altText: 'Your points', contents } },
      { idempotencyKey: 'flex-1' },
    );
    expect(result).toMatchObject({ status: 'sent' });
    expect(JSON.parse(sink.requests[0]?.body ?? '')).toEqual({
      to: userId,
      messages: [{ type: 'flex', altText: 'Your points', contents }],
    });
  });

  it('counts a 409 for a retry key LINE already accepted as sent, naming the first request', async () => {
    const api = lineApi();
    sink = await startHttpSink(api.reply);
    const adapter = createLineAdapter({
      channel: 'line',
      channelAccessToken: token,
      baseUrl: sink.url,
      timeoutMs: 5000,
    });
    const message = { channel: 'line', to: userId, content: { type: 'text', text: 'once' } } as const;
    const first = await adapter.send(message, { idempotencyKey: 'visit-7' });
    const again = await adapter.send(message, { idempotencyKey: 'visit-7' });
    expect(first).toEqual({ status: 'sent', providerMessageId: 'msg-1' });
    // Two calls with one retry key: LINE accepted (delivered) one push, and the 409 names it.
    expect(sink.requests).toHaveLength(2);
    expect(sink.requests[0]?.headers['x-line-retry-key']).toBe(sink.requests[1]?.headers['x-line-retry-key']);
    expect(api.accepted.size).toBe(1);
    expect(again).toEqual({ status: 'sent', providerMessageId: [...api.accepted.values()][0] });
  });

  it('fails without retry when the token is wrong', async () => {
    sink = await startHttpSink(lineApi().reply);
    const adapter = createLineAdapter({
      channel: 'line',
      channelAccessToken: 'stale',
      baseUrl: sink.url,
      timeoutMs: 5000,
    });
    await expect(
      adapter.send({ channel: 'line', to: userId, content: { type: 'text', text: 'hi' } }, { idempotencyKey: 'k' }),
    ).resolves.toMatchObject({ status: 'failed', retryable: false, code: 'unauthorized', providerStatus: 401 });
  });
});
