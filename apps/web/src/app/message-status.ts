import type { LocalizedText } from './i18n';

/** A sent message's delivery state, in words (an unknown state shows as it is). */
export function messageStatusName(status: string): LocalizedText {
  return (
    (statusNames as Readonly<Record<string, LocalizedText>>)[status] ?? { en: status, 'zh-TW': status, 'zh-CN': status }
  );
}

const statusNames = {
  queued: { en: 'queued', 'zh-TW': '排隊中', 'zh-CN': '排队中' },
  sending: { en: 'sending', 'zh-TW': '發送中', 'zh-CN': '发送中' },
  sent: { en: 'sent', 'zh-TW': '已發送', 'zh-CN': '已发送' },
  skipped: { en: 'skipped', 'zh-TW': '已略過', 'zh-CN': '已跳过' },
  failed: { en: 'failed', 'zh-TW': '失敗', 'zh-CN': '失败' },
  unknown: { en: 'delivery unknown', 'zh-TW': '送達狀態不明', 'zh-CN': '送达状态不明' },
  retrying: { en: 'retrying', 'zh-TW': '重試中', 'zh-CN': '重试中' },
} satisfies Record<string, LocalizedText>;
