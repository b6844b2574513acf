import { randomUUID } from 'node:crypto';
import type { RecordedRequest, Reply } from '../channels/http-sink';

export const lineToken = 'line-channel-access-token';
export const smsAccount = { accountSid: 'AC00000000000000000000000000000001', authToken: 'twilio-auth-token-5678' };

/**
 * The LINE Messaging API's push endpoint as LINE documents it: bearer auth, a UUID
 * X-Line-Retry-Key, and a 409 when that key was already accepted (the push is not repeated).
 * `fail(index)` may answer a request instead (a 503, a 400, or 'hang').
 */
export function lineApi(fail: (index: number) => Reply | undefined = () => undefined) {
  /** Pushes LINE accepted (and would deliver), by retry key. */
  const accepted = new Map<string, { requestId: string; body: unknown }>();
  const reply = (request: RecordedRequest, index: number): Reply => {
    if (request.method !== 'POST' || request.path !== '/v2/bot/message/push') return { status: 404 };
    if (request.headers.authorization !== `Bearer ${lineToken}`)
      return { status: 401, body: { message: 'Authentication failed' } };
    const retryKey = String(request.headers['x-line-retry-key'] ?? '');
    const first = accepted.get(retryKey);
    if (first) {
      return {
        status: 409,
        headers: { 'x-line-request-id': randomUUID(), 'x-line-accepted-request-id': first.requestId },
        body: { message: 'The retry key is already accepted' },
      };
    }
    const failure = fail(index);
    if (failure !== undefined && failure !== 'hang') return failure;
    const requestId = randomUUID();
    accepted.set(retryKey, { requestId, body: JSON.parse(request.body) });
    if (failure === 'hang') return 'hang';
    return {
      status: 200,
      headers: { 'x-line-request-id': requestId },
      body: { sentMessages: [{ id: `line-${accepted.size}`, quoteToken: 'q' }] },
    };
  };
  return { reply, accepted };
}

/** Twilio's Messages resource: basic auth, a form body, 201 with the message sid. */
export function smsApi(hang: (index: number) => boolean = () => false) {
  const sent: Record<string, string>[] = [];
  const reply = (request: RecordedRequest, index: number): Reply => {
    const auth = `Basic ${Buffer.from(`${smsAccount.accountSid}:${smsAccount.authToken}`).toString('base64')}`;
    if (request.path !== `/2010-04-01/Accounts/${smsAccount.accountSid}/Messages.json`) return { status: 404 };
    if (request.headers.authorization !== auth) return { status: 401, body: { code: 20003, message: 'Authenticate' } };
    sent.push(Object.fromEntries(new URLSearchParams(request.body)));
    // Twilio has taken the message; the answer never reaches the caller.
    if (hang(index)) return 'hang';
    return { status: 201, body: { sid: `SM${String(sent.length).padStart(32, '0')}`, status: 'queued' } };
  };
  return { reply, sent };
}
