import { format, type Locale, type LocalizedText } from './i18n';

/** What became of a message, as marketers read it. */
export const messageStatusNames: Readonly<Record<string, LocalizedText>> = {
  queued: { en: 'sent', 'zh-TW': '已發送', 'zh-CN': '已发送' },
  sent: { en: 'sent', 'zh-TW': '已發送', 'zh-CN': '已发送' },
  sending: { en: 'sending', 'zh-TW': '發送中', 'zh-CN': '发送中' },
  retrying: { en: 'retrying', 'zh-TW': '重試中', 'zh-CN': '重试中' },
  unknown: { en: 'sent, unconfirmed', 'zh-TW': '已發送（未確認）', 'zh-CN': '已发送（未确认）' },
  skipped: { en: 'skipped', 'zh-TW': '略過', 'zh-CN': '跳过' },
  deferred: { en: 'deferred', 'zh-TW': '延後', 'zh-CN': '延后' },
  failed: { en: 'failed', 'zh-TW': '失敗', 'zh-CN': '失败' },
};

/** Why a message was skipped, deferred or failed. Provider codes not listed show as they are. */
export const messageReasonNames: Readonly<Record<string, LocalizedText>> = {
  no_address: { en: 'no address on this channel', 'zh-TW': '沒有此管道的聯絡方式', 'zh-CN': '没有此渠道的联系方式' },
  channel_not_connected: { en: 'channel not connected', 'zh-TW': '管道尚未連接', 'zh-CN': '渠道尚未连接' },
  unsubscribed: { en: 'unsubscribed', 'zh-TW': '已取消訂閱', 'zh-CN': '已取消订阅' },
  frequency_capped: { en: 'frequency cap reached', 'zh-TW': '已達發送頻率上限', 'zh-CN': '已达发送频率上限' },
  smart_sending: {
    en: 'smart sending (got it recently)',
    'zh-TW': '智慧發送（近期已收過）',
    'zh-CN': '智能发送（近期已收过）',
  },
  outside_window: {
    en: 'outside the reply window (no recent message from the customer)',
    'zh-TW': '超出回覆時限（顧客近期未傳訊息）',
    'zh-CN': '超出回复时限（顾客近期未发消息）',
  },
  unknown_outcome: { en: 'outcome unknown, not repeated', 'zh-TW': '結果不明，未重送', 'zh-CN': '结果不明，未重发' },
  quiet_hours: { en: 'quiet hours', 'zh-TW': '勿擾時段', 'zh-CN': '免打扰时段' },
  template_error: { en: 'message could not be written', 'zh-TW': '訊息內容無法產生', 'zh-CN': '消息内容无法生成' },
  render_limit: { en: 'message too large to write', 'zh-TW': '訊息內容超過產生上限', 'zh-CN': '消息内容超过生成上限' },
  rejected: { en: 'rejected by the provider', 'zh-TW': '遭服務商拒絕', 'zh-CN': '被服务商拒绝' },
  unauthorized: { en: 'channel credentials refused', 'zh-TW': '管道憑證遭拒', 'zh-CN': '渠道凭证被拒' },
  invalid_message: { en: 'invalid message', 'zh-TW': '訊息格式無效', 'zh-CN': '消息格式无效' },
  retries_exhausted: { en: 'gave up after retries', 'zh-TW': '重試多次後放棄', 'zh-CN': '重试多次后放弃' },
  channel_credentials_unreadable: {
    en: 'channel credentials unreadable',
    'zh-TW': '管道憑證無法讀取',
    'zh-CN': '渠道凭证无法读取',
  },
  channels_unavailable: {
    en: 'no channels on this worker',
    'zh-TW': '此工作程序沒有管道',
    'zh-CN': '此工作进程没有渠道',
  },
};

const pick = (table: Readonly<Record<string, LocalizedText>>, key: string, locale: Locale) =>
  Object.hasOwn(table, key) ? (table[key]?.[locale] ?? key) : key;

/** `failed · message could not be written`, in the UI language. */
export function messageOutcome(status: string, reason: string | null, locale: Locale): string {
  const statusName = pick(messageStatusNames, status, locale);
  return reason === null
    ? statusName
    : format('{status} · {reason}', { status: statusName, reason: pick(messageReasonNames, reason, locale) });
}

/** A reason in the UI language (its code when unknown). */
export function reasonName(reason: string, locale: Locale): string {
  return pick(messageReasonNames, reason, locale);
}
