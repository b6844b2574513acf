import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { httpUrl, timeoutMs } from '../config-fields';
import { lineInteractionsShape } from '../line-interactions.schema';

export const lineConfigSchema = z.object({
  channel: z.literal('line'),
  channelAccessToken: z.string().min(1),
  baseUrl: httpUrl.default('https://api.line.me'),
  /** Where rich menu images are uploaded; LINE's api-data host when `baseUrl` is LINE's, else `baseUrl`. */
  dataBaseUrl: httpUrl.optional(),
  timeoutMs,
});

/**
 * The LINE webhook's side of a channel: the channel id LINE shows in its console (digits) and the
 * channel secret that signs `x-line-signature`. Sealed apart from the push config (see
 * line-webhook-secret.ts) because the webhook looks its channel up by this id.
 */
export const lineWebhookCredentialsSchema = z.object({
  channelId: z.string().regex(/^\d{1,20}$/, 'A LINE channel id is digits, e.g. 1657000000.'),
  channelSecret: z.string().min(1),
});

// A Flex container is LINE's own JSON document; the API validates its shape, we only require an object.
const flexContainer = z.record(z.string(), z.unknown());

const lineContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1).max(5000) }),
  z.object({ type: z.literal('flex'), altText: z.string().min(1).max(1500), contents: flexContainer }),
]);

export const lineMessageSchema = z.object({
  channel: z.literal('line'),
  /** The recipient's LINE user id (U followed by 32 hex digits). */
  to: z.string().regex(/^U[0-9a-f]{32}$/, 'a LINE user id is U followed by 32 hex digits'),
  content: lineContentSchema,
  ...lineInteractionsShape,
});

export type LineConfig = z.infer<typeof lineConfigSchema>;
export type LineWebhookCredentials = z.infer<typeof lineWebhookCredentialsSchema>;
export type LineMessage = z.infer<typeof lineMessageSchema>;
/** What a send step writes for LINE: text, or Flex with the body as its alt text. */
export type LineRendered = Omit<LineMessage, 'to'>;

/** LINE push messages (text or Flex); LINE dedupes retries on X-Line-Retry-Key. */
export const lineChannel = defineChannel({
  name: 'line',
  label: { en: 'LINE', 'zh-TW': 'LINE', 'zh-CN': 'LINE' },
  delivery: 'provider',
  config: lineConfigSchema,
  secretFields: ['channelAccessToken'],
  message: lineMessageSchema,
  address: 'line',
  dedupes: true,
  wording: { body: 'text', fields: ['flex'], personal: true },
  async render(wording, tools): Promise<LineRendered> {
    const text = await tools.text('body', wording.body);
    if (wording.flex === undefined) return { channel: 'line', content: { type: 'text', text } };
    const contents = await tools.json('flex', wording.flex);
    return { channel: 'line', content: { type: 'flex', altText: text, contents } };
  },
  toMessage: (rendered, { address }) => ({ ...rendered, to: address ?? '' }),
  summary: ({ content }) => ({ subject: null, body: content.type === 'text' ? content.text : content.altText }),
  preview: ({ content, quickReplies }) => ({
    look: 'chat',
    bubble: content.type === 'text' ? { text: content.text } : { flex: content.contents, altText: content.altText },
    replies: (quickReplies ?? []).map((reply) => reply.label),
  }),
  endpoint: (config) => ({ field: 'baseUrl', host: new URL(config.baseUrl).hostname }),
  settings: {
    title: { en: 'LINE', 'zh-TW': 'LINE', 'zh-CN': 'LINE' },
    fields: [
      {
        path: 'channelId',
        label: { en: 'Channel ID', 'zh-TW': '頻道 ID', 'zh-CN': '频道 ID' },
        kind: 'text',
        placeholder: '1657000000',
      },
      {
        path: 'channelSecret',
        label: { en: 'Channel secret', 'zh-TW': '頻道密鑰', 'zh-CN': '频道密钥' },
        kind: 'secret',
      },
      {
        path: 'channelAccessToken',
        label: { en: 'Channel access token', 'zh-TW': '頻道存取權杖', 'zh-CN': '频道访问令牌' },
        kind: 'secret',
      },
    ],
  },
  policy: { consent: true, frequencyCap: true },
});
