import { z } from 'zod';
import { defineChannel, type StepQuickReply } from '../define-channel';
import { httpUrl, timeoutMs } from '../config-fields';

// Messenger through Meta's Send API (https://developers.facebook.com/docs/messenger-platform/reference/send-api/).
// The recipient is the customer's page-scoped id (PSID). Meta's standard messaging window: a page may
// message a customer within 24 hours of the customer's last message; later only with a message tag.

export const messengerConfigSchema = z.object({
  channel: z.literal('messenger'),
  /** The Facebook Page the messages come from (digits); the webhook names it as `entry[].id`. */
  pageId: z.string().regex(/^\d{1,32}$/, 'A Page ID is digits, e.g. 104512345678901.'),
  pageAccessToken: z.string().min(1),
  /** Signs webhook deliveries (`X-Hub-Signature-256`). */
  appSecret: z.string().min(1),
  /** What Meta echoes when the webhook URL is verified; chosen by the workspace. */
  verifyToken: z.string().min(8, 'Choose a verify token of at least 8 characters.'),
  baseUrl: httpUrl.default('https://graph.facebook.com'),
  graphVersion: z
    .string()
    .regex(/^v\d+\.\d+$/)
    .default('v21.0'),
  timeoutMs,
});

/** Message tags that allow a message outside the 24-hour window (Meta's current list). */
export const messengerTags = [
  'CONFIRMED_EVENT_UPDATE',
  'POST_PURCHASE_UPDATE',
  'ACCOUNT_UPDATE',
  'HUMAN_AGENT',
] as const;
export const messengerTagSchema = z.enum(messengerTags);

const title = z.string().min(1).max(20);
const quickReplySchema = z.object({ title, payload: z.string().min(1).max(1000) });
const buttonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('postback'), title, payload: z.string().min(1).max(1000) }),
  z.object({ type: z.literal('web_url'), title, url: httpUrl }),
]);

export const messengerMessageSchema = z
  .object({
    channel: z.literal('messenger'),
    /** The customer's page-scoped id. */
    to: z.string().regex(/^\d{1,32}$/, 'a Messenger PSID is digits'),
    text: z.string().min(1).max(2000),
    /** RESPONSE / UPDATE inside the window; MESSAGE_TAG (with `tag`) outside it. */
    messagingType: z.enum(['RESPONSE', 'UPDATE', 'MESSAGE_TAG']),
    tag: messengerTagSchema.optional(),
    quickReplies: z.array(quickReplySchema).min(1).max(13).optional(),
    /** Sent as a button template (text with up to three buttons). */
    buttons: z.array(buttonSchema).min(1).max(3).optional(),
  })
  .refine((message) => (message.messagingType === 'MESSAGE_TAG') === (message.tag !== undefined), {
    message: 'A tag goes with messaging type MESSAGE_TAG, and only with it',
    path: ['tag'],
  });

export type MessengerConfig = z.infer<typeof messengerConfigSchema>;
export type MessengerMessage = z.infer<typeof messengerMessageSchema>;
export type MessengerRendered = Omit<MessengerMessage, 'to'>;

/** The events of a customer writing to the page: each opens (or renews) the 24-hour window. */
export const messengerInboundEvents = ['messenger_message', 'messenger_postback', 'messenger_optin'] as const;

/** A send step's quick reply as Messenger's: a postback's data, or the text itself, as the payload. */
function quickReplyOf(reply: StepQuickReply): z.infer<typeof quickReplySchema> {
  return { title: reply.label, payload: reply.type === 'postback' ? reply.data : reply.text };
}

/** Messenger text messages, with quick replies or buttons, inside the 24-hour window or tagged. */
export const messengerChannel = defineChannel({
  name: 'messenger',
  label: { en: 'Messenger', 'zh-TW': 'Messenger', 'zh-CN': 'Messenger' },
  delivery: 'provider',
  config: messengerConfigSchema,
  secretFields: ['pageAccessToken', 'appSecret', 'verifyToken'],
  message: messengerMessageSchema,
  address: 'messenger',
  // The Send API takes no idempotency key: an attempt that may have reached Meta is not repeated.
  dedupes: false,
  wording: { body: 'text', fields: [], personal: true },
  render: async (wording, tools): Promise<MessengerRendered> => ({
    channel: 'messenger',
    text: await tools.text('body', wording.body),
    messagingType: 'UPDATE',
  }),
  toMessage: (rendered, { address }) => ({ ...rendered, to: address ?? '' }),
  summary: (rendered) => ({ subject: null, body: rendered.text }),
  preview: (rendered) => ({
    look: 'chat',
    bubble: { text: rendered.text },
    replies: [...(rendered.buttons ?? []), ...(rendered.quickReplies ?? [])].map((reply) => reply.title),
  }),
  endpoint: (config) => ({ field: 'baseUrl', host: new URL(config.baseUrl).hostname }),
  settings: {
    title: { en: 'Messenger', 'zh-TW': 'Messenger', 'zh-CN': 'Messenger' },
    fields: [
      {
        path: 'pageId',
        label: { en: 'Page ID', 'zh-TW': '粉絲專頁 ID', 'zh-CN': '主页 ID' },
        kind: 'text',
        placeholder: '104512345678901',
      },
      {
        path: 'pageAccessToken',
        label: { en: 'Page access token', 'zh-TW': '粉絲專頁存取權杖', 'zh-CN': '主页访问令牌' },
        kind: 'secret',
      },
      { path: 'appSecret', label: { en: 'App secret', 'zh-TW': '應用程式密鑰', 'zh-CN': '应用密钥' }, kind: 'secret' },
      {
        path: 'verifyToken',
        label: { en: 'Webhook verify token', 'zh-TW': 'Webhook 驗證權杖', 'zh-CN': 'Webhook 验证令牌' },
        kind: 'secret',
        help: {
          en: 'Any phrase you choose; paste the same in Meta’s webhook settings with the webhook URL shown here.',
          'zh-TW': '自訂任一字串；在 Meta 的 Webhook 設定中貼上相同字串與此處顯示的 Webhook 網址。',
          'zh-CN': '自定义任一字符串；在 Meta 的 Webhook 设置中粘贴相同字符串和此处显示的 Webhook 网址。',
        },
      },
    ],
  },
  policy: {
    consent: true,
    frequencyCap: true,
    replyWindow: { hours: 24, inbound: messengerInboundEvents, exempt: (rendered) => rendered.tag !== undefined },
  },
  stepOptions: {
    fields: ['quickReplies', 'messageTag'],
    apply(rendered, options) {
      const tag = messengerTagSchema.safeParse(options.messageTag);
      const replies = options.quickReplies ?? [];
      return {
        ...rendered,
        ...(tag.success ? { messagingType: 'MESSAGE_TAG' as const, tag: tag.data } : {}),
        ...(replies.length > 0 ? { quickReplies: replies.map(quickReplyOf) } : {}),
      };
    },
  },
});
