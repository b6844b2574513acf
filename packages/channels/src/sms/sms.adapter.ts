import { z } from 'zod';
import type { SmsConfig } from './sms.channel';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { attemptHttp } from '../http-attempt';
import { smsChannel, smsMessageSchema } from './sms.channel';
import { defineChannelRuntime } from '../define-channel-runtime';
import type { ChannelAdapter } from '../types';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';

const createdMessage = z.object({ sid: z.string().min(1) });

/**
 * SMS through a Twilio-compatible REST API: form-encoded POST to the account's Messages resource
 * with basic auth. Twilio ignores Idempotency-Key; gateways that honour it dedupe retries.
 */
export function createSmsAdapter(
  config: SmsConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): ChannelAdapter<'sms'> {
  const account = encodeURIComponent(config.accountSid);
  const url = new URL(`/2010-04-01/Accounts/${account}/Messages.json`, config.baseUrl).toString();
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  const sender = /^MG[0-9a-f]{32}$/i.test(config.from) ? 'MessagingServiceSid' : 'From';
  return defineAdapter('sms', smsMessageSchema, (message, options) =>
    attemptHttp({
      url,
      init: {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'idempotency-key': options.idempotencyKey,
        },
        body: new URLSearchParams({ To: message.to, [sender]: config.from, Body: message.body }).toString(),
      },
      timeoutMs: config.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      policy,
      accept: async (response) => {
        const parsed = createdMessage.safeParse(await response.json().catch(() => null));
        if (!parsed.success) {
          // Accepted but unreadable: the message may be on its way, so retrying could send it twice.
          return {
            status: 'failed',
            retryable: false,
            code: 'unknown_outcome',
            detail: 'The gateway accepted the message but its answer had no message sid.',
          };
        }
        return { status: 'sent', providerMessageId: parsed.data.sid };
      },
    }),
  );
}

/** SMS's runtime facet: the Twilio-compatible adapter. */
export const smsRuntime = defineChannelRuntime(smsChannel, {
  createAdapter: (config, deps) => widenAdapter(createSmsAdapter(config, deps.policy)),
});
