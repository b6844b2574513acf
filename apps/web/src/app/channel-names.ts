import type { Locale, LocalizedText } from './i18n';

/** Channel names as marketers read them; `outbox` records messages without sending them. */
export const channelNames: Readonly<Record<string, LocalizedText>> = {
  line: { en: 'LINE', 'zh-TW': 'LINE', 'zh-CN': 'LINE' },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  sms: { en: 'SMS', 'zh-TW': '簡訊', 'zh-CN': '短信' },
  webhook: { en: 'Webhook', 'zh-TW': 'Webhook', 'zh-CN': 'Webhook' },
  outbox: { en: 'Test mailbox (development)', 'zh-TW': '測試信箱（開發用）', 'zh-CN': '测试信箱（开发用）' },
};

/** The name of a channel in the UI language; an unknown channel shows as it is. */
export function channelName(channel: string, locale: Locale): string {
  return Object.hasOwn(channelNames, channel) ? (channelNames[channel]?.[locale] ?? channel) : channel;
}
