import { afterEach, describe, expect, it } from 'vitest';
import { createChannelAdapter } from '@wayfarer/channels';
import { startHttpSink, type HttpSink, type RecordedRequest, type Reply } from './http-sink';

const accountSid = 'AC00000000000000000000000000000001';
const authToken = 'twilio-auth-token-5678';
let sink: HttpSink | undefined;

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/** Twilio's Messages resource: basic auth, form-encoded, 201 with the message sid; 21211 for a bad number. */
function twilioApi(request: RecordedRequest, index: number): Reply {
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  if (request.path !== `/2010-04-01/Accounts/${accountSid}/Messages.json`) return { status: 404 };
  if (request.headers.authorization !== expectedAuth)
    return { status: 401, body: { code: 20003, message: 'Authenticate' } };
  const form = new URLSearchParams(request.body);
  if (form.get('To') === '+15005550001') {
    return { status: 400, body: { code: 21211, message: "The 'To' number +15005550001 is not a valid phone number." } };
  }
  return { status: 201, body: { sid: `SM${String(index + 1).padStart(32, '0')}`, status: 'queued' } };
}

function adapter(baseUrl: string, from = '+15005550006') {
  return createChannelAdapter({ channel: 'sms', accountSid, authToken, from, baseUrl, timeoutMs: 5000 });
}

describe('SMS through a local Twilio-compatible gateway', () => {
  it('posts a form-encoded message with basic auth and returns the message sid', async () => {
    sink = await startHttpSink(twilioApi);
    const result = await adapter(sink.url).send(
      { channel: 'sms', to: '+886912345678', body: '您的驗證碼 1234' },
      { idempotencyKey: 'sms-visit-1' },
    );
    expect(result).toEqual({ status: 'sent', providerMessageId: `SM${'1'.padStart(32, '0')}` });
    const [request] = sink.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers['idempotency-key']).toBe('sms-visit-1');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      To: '+886912345678',
      From: '+15005550006',
      Body: '您的驗證碼 1234',
    });
  });

  it('sends from a messaging service when the sender is one', async () => {
    sink = await startHttpSink(twilioApi);
    const service = `MG${'a'.repeat(32)}`;
    await adapter(sink.url, service).send({ channel: 'sms', to: '+886912345678', body: 'hi' }, { idempotencyKey: 'k' });
    expect(new URLSearchParams(sink.requests[0]?.body).get('MessagingServiceSid')).toBe(service);
  });

  it('does not retry a number the gateway rejects, and records its status, not its words', async () => {
    sink = await startHttpSink(twilioApi);
    const result = await adapter(sink.url).send(
      { channel: 'sms', to: '+15005550001', body: 'hi' },
      { idempotencyKey: 'k' },
    );
    expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'rejected', providerStatus: 400 });
    expect(result).toMatchObject({ detail: 'http_400' });
    expect(JSON.stringify(result)).not.toContain('21211');
  });

  it('does not retry wrong credentials', async () => {
    sink = await startHttpSink(twilioApi);
    const wrong = createChannelAdapter({
      channel: 'sms',
      accountSid,
      authToken: 'nope',
      from: '+15005550006',
      baseUrl: sink.url,
    });
    await expect(
      wrong.send({ channel: 'sms', to: '+886912345678', body: 'hi' }, { idempotencyKey: 'k' }),
    ).resolves.toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'unauthorized',
    });
  });
});
