import { describe, expect, it } from 'vitest';
import { createChannelAdapter } from './create-adapter';
import { ChannelConfigError } from './errors';
import { createMemoryOutbox } from './outbox/outbox.adapter';

describe('createChannelAdapter', () => {
  it('names the bad fields of an invalid config, never its secret values', () => {
    let caught: unknown;
    try {
      createChannelAdapter({ channel: 'sms', accountSid: 'AC1', authToken: 12345678901234, from: '+1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChannelConfigError);
    expect(caught).toMatchObject({ code: 'invalid_channel_config', message: expect.stringContaining('authToken') });
    expect(String((caught as Error).message)).not.toContain('12345678901234');
    expect(() => createChannelAdapter({ channel: 'pigeon' })).toThrow(ChannelConfigError);
  });

  it('needs a sink for the outbox', () => {
    expect(() => createChannelAdapter({ channel: 'outbox' })).toThrow(/outbox sink/);
  });

  it('records outbox messages once per idempotency key', async () => {
    const outbox = createMemoryOutbox();
    const adapter = createChannelAdapter({ channel: 'outbox' }, { outbox });
    const message = { channel: 'outbox', name: 'Welcome', body: 'Hi Amy' } as const;
    await expect(adapter.send(message, { idempotencyKey: 'k1' })).resolves.toEqual({
      status: 'sent',
      providerMessageId: 'outbox:k1',
    });
    await adapter.send({ ...message, body: 'changed' }, { idempotencyKey: 'k1' });
    expect([...outbox.messages.values()]).toEqual([message]);
  });

  it('answers a message for another channel or an invalid one as a final failure, without calling out', async () => {
    const adapter = createChannelAdapter({
      channel: 'sms',
      accountSid: 'AC1',
      authToken: 'token',
      from: '+15005550006',
      baseUrl: 'http://127.0.0.1:9',
    });
    await expect(
      adapter.send({ channel: 'outbox', name: 'x', body: 'y' }, { idempotencyKey: 'k' }),
    ).resolves.toMatchObject({ status: 'failed', retryable: false, code: 'channel_mismatch' });
    await expect(
      adapter.send({ channel: 'sms', to: '0912', body: 'hi' }, { idempotencyKey: 'k' }),
    ).resolves.toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'invalid_message',
      detail: expect.stringContaining('to: '),
    });
  });

  it('answers an already-cancelled send as aborted', async () => {
    const adapter = createChannelAdapter({ channel: 'outbox' }, { outbox: createMemoryOutbox() });
    const signal = AbortSignal.abort(new Error('worker shutting down'));
    await expect(
      adapter.send({ channel: 'outbox', name: 'x', body: 'y' }, { idempotencyKey: 'k', signal }),
    ).resolves.toMatchObject({ status: 'failed', retryable: true, code: 'aborted' });
  });
});
