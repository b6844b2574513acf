import type { LocalizedText } from './i18n';

/** The channels a message can go out on, by their names in every language. */
export const channelNames: Readonly<Record<'line' | 'email' | 'sms' | 'webhook' | 'outbox', LocalizedText>> = {
  line: { en: 'LINE', 'zh-TW': 'LINE', 'zh-CN': 'LINE' },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  sms: { en: 'SMS', 'zh-TW': '簡訊', 'zh-CN': '短信' },
  webhook: { en: 'Webhook', 'zh-TW': 'Webhook', 'zh-CN': 'Webhook' },
  outbox: { en: 'Outbox (development)', 'zh-TW': '寄件匣（開發用）', 'zh-CN': '发件箱（开发用）' },
};

/** A channel's name; an unknown channel (a newer server) shows as it is. */
export function channelName(channel: string): LocalizedText {
  return (
    (channelNames as Readonly<Record<string, LocalizedText>>)[channel] ?? {
      en: channel,
      'zh-TW': channel,
      'zh-CN': channel,
    }
  );
}
