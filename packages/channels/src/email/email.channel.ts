import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { timeoutMs } from '../config-fields';

/** How SMTP is secured; see emailTlsOptions in email-tls.ts for nodemailer's mapping. */
export const emailTlsModeSchema = z.enum(['starttls', 'tls', 'none']);
export type EmailTlsMode = z.infer<typeof emailTlsModeSchema>;

/** The port each mode usually runs on: submission (587), submissions (465), a local relay (25). */
export const defaultSmtpPorts = { starttls: 587, tls: 465, none: 25 } as const satisfies Record<EmailTlsMode, number>;

export const emailConfigSchema = z.object({
  channel: z.literal('email'),
  host: z.string().min(1),
  /** Left out: the mode's usual port (defaultSmtpPorts). */
  port: z.number().int().min(1).max(65_535).optional(),
  /** `starttls`: the upgrade is required; `tls`: TLS from the first byte; `none`: plain, local development only. */
  security: emailTlsModeSchema.default('starttls'),
  /** Accept a self-signed server certificate. Development only: it gives up knowing who the server is. */
  allowSelfSigned: z.boolean().optional(),
  auth: z.object({ user: z.string().min(1), pass: z.string().min(1) }).optional(),
  /** The From header, e.g. `Shop <news@shop.example>`. */
  from: z.string().min(3),
  /** The domain after the @ in generated Message-IDs; defaults to the From address's domain. */
  messageIdDomain: z.string().min(1).optional(),
  timeoutMs,
});

export const emailMessageSchema = z.object({
  channel: z.literal('email'),
  to: z.email(),
  subject: z.string().min(1).max(998),
  html: z.string().min(1),
  text: z.string().min(1),
  /** One-click unsubscribe URL (RFC 8058); the caller signs it per customer. */
  unsubscribeUrl: z.url({ protocol: /^https?$/ }),
});

export type EmailConfig = z.infer<typeof emailConfigSchema>;
export type EmailMessage = z.infer<typeof emailMessageSchema>;
/** What a send step writes for email: subject, HTML and text parts. */
export type EmailRendered = Omit<EmailMessage, 'to' | 'unsubscribeUrl'>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(/\n/g, '<br>\n');

const tlsModes = [
  {
    value: 'starttls',
    label: {
      en: 'STARTTLS (port 587, required)',
      'zh-TW': 'STARTTLS（連接埠 587，必須）',
      'zh-CN': 'STARTTLS（端口 587，必须）',
    },
  },
  { value: 'tls', label: { en: 'TLS (port 465)', 'zh-TW': 'TLS（連接埠 465）', 'zh-CN': 'TLS（端口 465）' } },
  {
    value: 'none',
    label: {
      en: 'None (local development only)',
      'zh-TW': '不加密（僅限本機開發）',
      'zh-CN': '不加密（仅限本地开发）',
    },
  },
] as const;

/** Email over SMTP: HTML and text parts, one-click unsubscribe; the body without HTML is escaped into it. */
export const emailChannel = defineChannel({
  name: 'email',
  label: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  delivery: 'provider',
  config: emailConfigSchema,
  secretFields: ['auth.pass'],
  message: emailMessageSchema,
  address: 'email',
  dedupes: false,
  wording: {
    body: 'text',
    fields: ['subject', 'html'],
    required: { subject: 'An email needs a subject' },
    personal: true,
  },
  async render(wording, tools): Promise<EmailRendered> {
    const text = await tools.text('body', wording.body);
    const html = wording.html === undefined ? escapeHtml(text) : await tools.text('html', wording.html);
    return { channel: 'email', subject: await tools.text('subject', wording.subject ?? ''), html, text };
  },
  toMessage: (rendered, { address, unsubscribeUrl }) => ({
    ...rendered,
    to: address ?? '',
    unsubscribeUrl: unsubscribeUrl(),
  }),
  summary: (rendered) => ({ subject: rendered.subject, body: rendered.text }),
  preview: ({ subject, html, text }) => ({ look: 'email', subject, html, text }),
  endpoint: (config) => ({ field: 'host', host: config.host }),
  settings: {
    title: { en: 'Email (SMTP)', 'zh-TW': '電子郵件（SMTP）', 'zh-CN': '电子邮件（SMTP）' },
    fields: [
      {
        path: 'host',
        label: { en: 'SMTP host', 'zh-TW': 'SMTP 主機', 'zh-CN': 'SMTP 主机' },
        kind: 'text',
        placeholder: 'smtp.example.com',
      },
      {
        path: 'security',
        label: { en: 'TLS', 'zh-TW': 'TLS 加密', 'zh-CN': 'TLS 加密' },
        kind: 'select',
        options: tlsModes,
      },
      {
        path: 'port',
        label: { en: 'Port', 'zh-TW': '連接埠', 'zh-CN': '端口' },
        kind: 'number',
        placeholder: '587 · 465',
      },
      { path: 'auth.user', label: { en: 'User', 'zh-TW': '使用者', 'zh-CN': '用户名' }, kind: 'text' },
      { path: 'auth.pass', label: { en: 'Password', 'zh-TW': '密碼', 'zh-CN': '密码' }, kind: 'secret' },
      {
        path: 'from',
        label: { en: 'From', 'zh-TW': '寄件者', 'zh-CN': '发件人' },
        kind: 'text',
        placeholder: 'Shop <news@shop.example>',
      },
      {
        path: 'allowSelfSigned',
        label: {
          en: 'Allow a self-signed certificate (development)',
          'zh-TW': '允許自簽憑證（開發用）',
          'zh-CN': '允许自签名证书（开发用）',
        },
        kind: 'toggle',
        help: {
          en: 'The server’s identity is then not checked. Never for a real mail server.',
          'zh-TW': '將不驗證伺服器身分。切勿用於正式郵件伺服器。',
          'zh-CN': '将不验证服务器身份。切勿用于正式邮件服务器。',
        },
      },
    ],
  },
  policy: { consent: true, frequencyCap: true },
});
