import { afterEach, describe, expect, it } from 'vitest';
import { createChannelAdapter, type ChannelAdapter, type ChannelMessage } from '@wayfarer/channels';
import { closedPort, startHttpSink, type HttpSink, type Reply } from './http-sink';

// The HTTP channels share one classification: 5xx, 429 and timeouts are retryable (with the
// provider's Retry-After), other 4xx are final. Each case runs against every HTTP adapter.

interface HttpChannel {
  name: string;
  make(baseUrl: string, timeoutMs: number): ChannelAdapter;
  message: ChannelMessage;
}

const channels: HttpChannel[] = [
  {
    name: 'line',
    make: (baseUrl, timeoutMs) =>
      createChannelAdapter({ channel: 'line', channelAccessToken: 't', baseUrl, timeoutMs }),
    message: { channel: 'line', to: `U${'0'.repeat(32)}`, content: { type: 'text', text: 'hi' } },
  },
  {
    name: 'sms',
    make: (baseUrl, timeoutMs) =>
      createChannelAdapter({
        channel: 'sms',
        accountSid: 'AC1',
        authToken: 't',
        from: '+15005550006',
        baseUrl,
        timeoutMs,
      }),
    message: { channel: 'sms', to: '+886912345678', body: 'hi' },
  },
  {
    name: 'webhook',
    make: (url, timeoutMs) =>
      createChannelAdapter({ channel: 'webhook', url, signingSecret: 'whsec_0123456789abcdef', timeoutMs }),
    message: { channel: 'webhook', payload: { hello: 'world' } },
  },
];

let sink: HttpSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

async function sendAgainst(channel: HttpChannel, reply: Reply, timeoutMs = 5000) {
  sink = await startHttpSink(() => reply);
  return channel.make(sink.url, timeoutMs).send(channel.message, { idempotencyKey: 'k' });
}

describe.each(channels)('$name failure classification', (channel) => {
  it('503 → retryable', async () => {
    await expect(sendAgainst(channel, { status: 503, body: { message: 'busy' } })).resolves.toMatchObject({
      status: 'failed',
      retryable: true,
      code: 'provider_unavailable',
      providerStatus: 503,
    });
  });

  it('429 with Retry-After → retryable after that delay', async () => {
    const result = await sendAgainst(channel, { status: 429, headers: { 'retry-after': '7' }, body: {} });
    expect(result).toMatchObject({ status: 'failed', retryable: true, code: 'rate_limited', retryAfterMs: 7000 });
  });

  it('400 → not retryable', async () => {
    await expect(sendAgainst(channel, { status: 400, body: { message: 'bad request' } })).resolves.toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'rejected',
      providerStatus: 400,
    });
  });

  it('a server that never answers → timeout, retryable', async () => {
    const result = await sendAgainst(channel, 'hang', 250);
    expect(result).toMatchObject({ status: 'failed', retryable: true, code: 'timeout' });
    expect(sink?.requests).toHaveLength(1); // it reached the server: a timeout, not a refusal
  });

  it('cancelled by the caller while waiting → aborted, retryable', async () => {
    const controller = new AbortController();
    sink = await startHttpSink(() => 'hang');
    const sending = channel
      .make(sink.url, 60_000)
      .send(channel.message, { idempotencyKey: 'k', signal: controller.signal });
    await sink.received(1);
    controller.abort();
    await expect(sending).resolves.toMatchObject({ status: 'failed', retryable: true, code: 'aborted' });
  });

  it('nothing listening → unreachable, retryable, in words of our own', async () => {
    const port = await closedPort();
    const result = await channel.make(`http://127.0.0.1:${port}`, 5000).send(channel.message, { idempotencyKey: 'k' });
    expect(result).toEqual({ status: 'failed', retryable: true, code: 'unreachable', detail: 'unreachable' });
  });

  it('records the status class of an error answer, never its body', async () => {
    const body = { message: 'FATAL: password authentication failed for user "postgres" at 10.0.0.7' };
    const notFound = await sendAgainst(channel, { status: 404, body });
    expect(notFound).toMatchObject({ code: 'rejected', detail: 'http_404' });
    await sink?.close();
    const down = await sendAgainst(channel, { status: 502, body });
    expect(down).toMatchObject({ code: 'provider_unavailable', detail: 'http_5xx' });
    expect(JSON.stringify([notFound, down])).not.toMatch(/password|postgres|10\.0\.0\.7/);
  });
});

describe('retrying after a 503', () => {
  it('LINE: the retry carries the same retry key and succeeds', async () => {
    sink = await startHttpSink((_request, index) =>
      index === 0
        ? { status: 503, body: {} }
        : { status: 200, body: { sentMessages: [{ id: 'm-9', quoteToken: 'q' }] } },
    );
    const line = channels[0]!;
    const adapter = line.make(sink.url, 5000);
    await expect(adapter.send(line.message, { idempotencyKey: 'visit-1' })).resolves.toMatchObject({ retryable: true });
    await expect(adapter.send(line.message, { idempotencyKey: 'visit-1' })).resolves.toEqual({
      status: 'sent',
      providerMessageId: 'm-9',
    });
    const keys = sink.requests.map((request) => request.headers['x-line-retry-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
