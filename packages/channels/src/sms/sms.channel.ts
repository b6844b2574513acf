import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { httpUrl, timeoutMs } from '../config-fields';

export const smsConfigSchema = z.object({
  channel: z.literal('sms'),
  accountSid: z.string().min(1),
  authToken: z.string().min(1),
  /** A sender number in E.164, or a messaging service sid (MG…). */
  from: z.string().min(1),
  baseUrl: httpUrl.default('https://api.twilio.com'),
  timeoutMs,
});

export const smsMessageSchema = z.object({
  channel: z.literal('sms'),
  /** E.164, e.g. +886912345678. */
  to: z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 phone number such as +886912345678'),
  body: z.string().min(1).max(1600),
});

export type SmsConfig = z.infer<typeof smsConfigSchema>;
export type SmsMessage = z.infer<typeof smsMessageSchema>;
export type SmsRendered = Omit<SmsMessage, 'to'>;

/** SMS through a Twilio-compatible API, to the customer's phone identity. */
export const smsChannel = defineChannel({
  name: 'sms',
  label: { en: 'SMS', 'zh-TW': '簡訊', 'zh-CN': '短信' },
  delivery: 'provider',
  config: smsConfigSchema,
  secretFields: ['authToken'],
  message: smsMessageSchema,
  address: 'phone',
  dedupes: false,
  wording: { body: 'text', fields: [], personal: true },
  render: async (wording, tools): Promise<SmsRendered> => ({
    channel: 'sms',
    body: await tools.text('body', wording.body),
  }),
  toMessage: (rendered, { address }) => ({ ...rendered, to: address ?? '' }),
  summary: (rendered) => ({ subject: null, body: rendered.body }),
  preview: (rendered) => ({ look: 'sms', text: rendered.body }),
  endpoint: (config) => ({ field: 'baseUrl', host: new URL(config.baseUrl).hostname }),
  settings: {
    title: { en: 'SMS (Twilio)', 'zh-TW': '簡訊（Twilio）', 'zh-CN': '短信（Twilio）' },
    fields: [
      {
        path: 'accountSid',
        label: { en: 'Account SID', 'zh-TW': '帳戶 SID', 'zh-CN': '账户 SID' },
        kind: 'text',
        placeholder: 'AC…',
      },
      { path: 'authToken', label: { en: 'Auth token', 'zh-TW': '驗證權杖', 'zh-CN': '验证令牌' }, kind: 'secret' },
      {
        path: 'from',
        label: { en: 'From number', 'zh-TW': '發送號碼', 'zh-CN': '发送号码' },
        kind: 'text',
        placeholder: '+15551234567',
      },
    ],
  },
  policy: { consent: true, frequencyCap: true },
});
