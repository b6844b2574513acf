import { defineMessages } from '../../app/i18n';

export const previewMessages = defineMessages({
  subject: { en: 'Subject', 'zh-TW': '主旨', 'zh-CN': '主题' },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件' },
  width: { en: 'Preview width', 'zh-TW': '預覽寬度', 'zh-CN': '预览宽度' },
  desktop: { en: 'Desktop', 'zh-TW': '桌機', 'zh-CN': '桌面' },
  phone: { en: 'Phone', 'zh-TW': '手機', 'zh-CN': '手机' },
  plainText: { en: 'Plain-text part', 'zh-TW': '純文字版本', 'zh-CN': '纯文本版本' },
  flexTitle: { en: 'Flex message: {altText}', 'zh-TW': 'Flex 訊息：{altText}', 'zh-CN': 'Flex 消息：{altText}' },
  altText: {
    en: 'Notification text: {altText}',
    'zh-TW': '通知文字：{altText}',
    'zh-CN': '通知文字：{altText}',
  },
  quickReplies: { en: 'Quick replies', 'zh-TW': '快速回覆', 'zh-CN': '快速回复' },
  smsSegments: {
    en: '{count, plural, one {# SMS segment} other {# SMS segments}} · {characters, plural, one {# character} other {# characters}}.',
    'zh-TW': '{count, plural, other {# 則簡訊}} · {characters, plural, other {# 個字元}}。',
    'zh-CN': '{count, plural, other {# 条短信}} · {characters, plural, other {# 个字符}}。',
  },
  smsGsm: {
    en: 'Plain characters: 160 per segment (153 when split).',
    'zh-TW': '僅含一般字元：每則 160 字（分段時 153 字）。',
    'zh-CN': '仅含普通字符：每条 160 字（分段时 153 字）。',
  },
  smsUnicode: {
    en: 'Has Chinese, emoji or other Unicode: 70 characters per segment (67 when split).',
    'zh-TW': '含中文、表情符號或其他 Unicode：每則 70 字（分段時 67 字）。',
    'zh-CN': '含中文、表情符号或其他 Unicode：每条 70 字（分段时 67 字）。',
  },
  data: { en: 'Sent as JSON', 'zh-TW': '以 JSON 送出', 'zh-CN': '以 JSON 发送' },
});
