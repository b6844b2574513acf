import type { WebhookConfig } from './config';
import { defineAdapter } from './define-adapter';
import { attemptHttp } from './http-attempt';
import { webhookMessageSchema } from './messages';
import type { ChannelAdapter } from './types';
import { signWebhook, webhookSignatureHeader } from './webhook-signature';

/**
 * Signed JSON POSTs to the workspace's endpoint. The receiver verifies `Wayfarer-Signature` with the
 * shared secret and dedupes on `Idempotency-Key`; a receiver's own request id, when it sends one
 * (`X-Request-Id`), becomes the provider message id.
 */
export function createWebhookAdapter(config: WebhookConfig, clock: () => number = Date.now): ChannelAdapter<'webhook'> {
  return defineAdapter('webhook', webhookMessageSchema, (message, options) => {
    const body = JSON.stringify(message.payload);
    const timestamp = Math.floor(clock() / 1000);
    return attemptHttp({
      url: config.url,
      init: {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Wayfarer-Webhook/1',
          'idempotency-key': options.idempotencyKey,
          [webhookSignatureHeader]: signWebhook(config.signingSecret, body, timestamp),
        },
        body,
      },
      timeoutMs: config.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      accept: async (response) => {
        await response.body?.cancel(); // the answer's body means nothing to us; free the connection
        return { status: 'sent', providerMessageId: response.headers.get('x-request-id') ?? options.idempotencyKey };
      },
    });
  });
}
