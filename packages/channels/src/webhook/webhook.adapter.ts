import type { WebhookConfig } from './webhook.channel';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { attemptHttp } from '../http-attempt';
import { webhookChannel, webhookMessageSchema } from './webhook.channel';
import { defineChannelRuntime } from '../define-channel-runtime';
import type { ChannelAdapter } from '../types';
import { signWebhook, webhookSignatureHeader } from './webhook-signature';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';

export interface WebhookAdapterOptions {
  /** Which addresses the webhook may call; WAYFARER_OUTBOUND_ALLOW's policy when absent. */
  policy?: OutboundPolicy;
  /** The signature's clock. */
  clock?: () => number;
}

/**
 * Signed JSON POSTs to the workspace's endpoint. The receiver verifies `Wayfarer-Signature` with the
 * shared secret and dedupes on `Idempotency-Key`; a receiver's own request id, when it sends one
 * (`X-Request-Id`), becomes the provider message id.
 */
export function createWebhookAdapter(
  config: WebhookConfig,
  options: WebhookAdapterOptions = {},
): ChannelAdapter<'webhook'> {
  const { policy = defaultOutboundPolicy(), clock = Date.now } = options;
  return defineAdapter('webhook', webhookMessageSchema, (message, sendOptions) => {
    const body = JSON.stringify(message.payload);
    const timestamp = Math.floor(clock() / 1000);
    return attemptHttp({
      url: config.url,
      init: {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Wayfarer-Webhook/1',
          'idempotency-key': sendOptions.idempotencyKey,
          [webhookSignatureHeader]: signWebhook(config.signingSecret, body, timestamp),
        },
        body,
      },
      timeoutMs: config.timeoutMs,
      ...(sendOptions.signal ? { signal: sendOptions.signal } : {}),
      policy,
      accept: async (response) => {
        await response.body?.cancel(); // the answer's body means nothing to us; free the connection
        return {
          status: 'sent',
          providerMessageId: response.headers.get('x-request-id') ?? sendOptions.idempotencyKey,
        };
      },
    });
  });
}

/** The webhook's runtime facet: signed JSON POSTs. */
export const webhookRuntime = defineChannelRuntime(webhookChannel, {
  createAdapter: (config, deps) => widenAdapter(createWebhookAdapter(config, { policy: deps.policy })),
});
