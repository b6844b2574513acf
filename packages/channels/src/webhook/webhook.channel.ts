import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { httpUrl, timeoutMs } from '../config-fields';

export const webhookConfigSchema = z.object({
  channel: z.literal('webhook'),
  url: httpUrl,
  /** HMAC-SHA256 key the receiver verifies `Wayfarer-Signature` with. */
  signingSecret: z.string().min(16),
  timeoutMs,
});

export const webhookMessageSchema = z.object({
  channel: z.literal('webhook'),
  /** Sent as the JSON body. */
  payload: z.record(z.string(), z.unknown()),
});

export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;

/** Signed JSON POSTs to the workspace's endpoint; the body is a JSON document of templates. */
export const webhookChannel = defineChannel({
  name: 'webhook',
  label: { en: 'Webhook', 'zh-TW': 'Webhook', 'zh-CN': 'Webhook' },
  delivery: 'provider',
  config: webhookConfigSchema,
  secretFields: ['signingSecret'],
  message: webhookMessageSchema,
  // The workspace's endpoint is the recipient, with the customer in the payload.
  address: null,
  dedupes: true,
  // Webhook payloads are data for a system, not words for a customer.
  wording: { body: 'json', fields: [], personal: false },
  render: async (wording, tools): Promise<WebhookMessage> => ({
    channel: 'webhook',
    payload: await tools.json('body', wording.body),
  }),
  toMessage: (rendered) => rendered,
  summary: (rendered, options) => ({
    subject: null,
    body: options?.pretty ? JSON.stringify(rendered.payload, null, 2) : JSON.stringify(rendered.payload),
  }),
  preview: (rendered) => ({ look: 'data', json: rendered.payload }),
  endpoint: (config) => ({ field: 'url', host: new URL(config.url).hostname }),
  settings: {
    title: { en: 'Webhook', 'zh-TW': 'Webhook', 'zh-CN': 'Webhook' },
    fields: [
      {
        path: 'url',
        label: { en: 'URL', 'zh-TW': '網址', 'zh-CN': '网址' },
        kind: 'text',
        placeholder: 'https://example.com/hooks/wayfarer',
      },
      {
        path: 'signingSecret',
        label: { en: 'Signing secret', 'zh-TW': '簽章密鑰', 'zh-CN': '签名密钥' },
        kind: 'secret',
      },
    ],
  },
  policy: { consent: true, frequencyCap: true },
});
