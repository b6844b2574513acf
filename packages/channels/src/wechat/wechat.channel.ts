import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { httpUrl, timeoutMs } from '../config-fields';

// A WeChat Official Account (https://developers.weixin.qq.com/doc/offiaccount/en/): customer-service
// messages, which WeChat takes only within 48 hours of the user's last interaction, and template
// messages (an approved template's fields), which it takes at any time. The recipient is the user's
// OpenID for this account.

export const wechatConfigSchema = z.object({
  channel: z.literal('wechat'),
  appId: z.string().regex(/^wx[0-9a-zA-Z]{8,32}$/, 'An AppID starts with wx, e.g. wx1234567890abcdef.'),
  appSecret: z.string().min(1),
  /** The callback's Token (3–32 letters and digits): signs every call WeChat makes to the callback URL. */
  token: z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'The token is 3 to 32 letters or digits.'),
  baseUrl: httpUrl.default('https://api.weixin.qq.com'),
  timeoutMs,
});

const openId = z.string().regex(/^[\w-]{6,64}$/, 'a WeChat OpenID is letters, digits, - and _');

const wechatContentSchema = z.discriminatedUnion('type', [
  /** A customer-service text message (within the 48-hour window). */
  z.object({ type: z.literal('text'), text: z.string().min(1).max(2048) }),
  /** A template message: the template's id and the value of each of its fields. */
  z.object({
    type: z.literal('template'),
    templateId: z.string().min(1).max(128),
    data: z.record(z.string().regex(/^[\w.]{1,64}$/), z.string().max(1000)),
    url: httpUrl.optional(),
  }),
]);

export const wechatMessageSchema = z.object({ channel: z.literal('wechat'), to: openId, content: wechatContentSchema });

export type WechatConfig = z.infer<typeof wechatConfigSchema>;
export type WechatMessage = z.infer<typeof wechatMessageSchema>;
export type WechatRendered = Omit<WechatMessage, 'to'>;

/** The user's interactions that open (or renew) the 48-hour customer-service window. */
export const wechatInboundEvents = ['wechat_subscribed', 'wechat_message', 'wechat_menu_clicked'] as const;

/**
 * A template's fields from the rendered body, one `name: value` a line (`first: 您好`); a body
 * without such lines fills one field, `content`.
 */
export function templateFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([\w.]{1,64})\s*[:：]\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined) fields[match[1]] = (match[2] ?? '').trim();
  }
  return Object.keys(fields).length > 0 ? fields : { content: text };
}

const readable = (content: WechatRendered['content']): string =>
  content.type === 'text'
    ? content.text
    : Object.entries(content.data)
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n');

/** WeChat customer-service and template messages to the user's OpenID. */
export const wechatChannel = defineChannel({
  name: 'wechat',
  label: { en: 'WeChat', 'zh-TW': '微信', 'zh-CN': '微信' },
  delivery: 'provider',
  config: wechatConfigSchema,
  secretFields: ['appSecret', 'token'],
  message: wechatMessageSchema,
  address: 'wechat',
  // WeChat's message APIs take no idempotency key: an attempt that may have arrived is not repeated.
  dedupes: false,
  wording: { body: 'text', fields: [], personal: true },
  render: async (wording, tools): Promise<WechatRendered> => ({
    channel: 'wechat',
    content: { type: 'text', text: await tools.text('body', wording.body) },
  }),
  toMessage: (rendered, { address }) => ({ ...rendered, to: address ?? '' }),
  summary: ({ content }) => ({ subject: null, body: readable(content) }),
  preview: ({ content }) => ({ look: 'chat', bubble: { text: readable(content) }, replies: [] }),
  endpoint: (config) => ({ field: 'baseUrl', host: new URL(config.baseUrl).hostname }),
  settings: {
    title: { en: 'WeChat Official Account', 'zh-TW': '微信公眾號', 'zh-CN': '微信公众号' },
    fields: [
      { path: 'appId', label: { en: 'AppID', 'zh-TW': 'AppID', 'zh-CN': 'AppID' }, kind: 'text', placeholder: 'wx…' },
      { path: 'appSecret', label: { en: 'AppSecret', 'zh-TW': 'AppSecret', 'zh-CN': 'AppSecret' }, kind: 'secret' },
      {
        path: 'token',
        label: { en: 'Callback token', 'zh-TW': '伺服器設定 Token', 'zh-CN': '服务器配置 Token' },
        kind: 'secret',
        help: {
          en: 'The Token of the server configuration; paste it there with the webhook URL shown here (plain-text mode).',
          'zh-TW': '伺服器設定中的 Token；請與此處顯示的 Webhook 網址一起貼上（明文模式）。',
          'zh-CN': '服务器配置中的 Token；请与此处显示的 Webhook 网址一起粘贴（明文模式）。',
        },
      },
    ],
  },
  policy: {
    consent: true,
    frequencyCap: true,
    // Template messages are not bound to the window.
    replyWindow: {
      hours: 48,
      inbound: wechatInboundEvents,
      exempt: (rendered) => rendered.content.type === 'template',
    },
  },
  stepOptions: {
    fields: ['templateId'],
    apply(rendered, options): WechatRendered {
      const templateId = options.templateId?.trim();
      if (templateId === undefined || templateId === '' || rendered.content.type !== 'text') return rendered;
      return {
        ...rendered,
        content: { type: 'template' as const, templateId, data: templateFields(rendered.content.text) },
      };
    },
  },
});
