import type { Locale, LocalizedText } from '../../../app/i18n';
import { lineHelpGlossary } from './line-help-glossary';

/**
 * The built-in node specs' field descriptions (`.describe()`), by their English text, in every UI
 * language: outside English the help under a field must not switch to English.
 */
export const helpGlossary: Readonly<Record<string, LocalizedText>> = {
  ...lineHelpGlossary,
  'Your page a friend lands on; the code arrives as ?ref=': {
    en: 'Your page a friend lands on; the code arrives as ?ref=',
    'zh-TW': '好友開啟連結後到達的頁面；推薦碼以 ?ref= 帶入',
    'zh-CN': '好友打开链接后到达的页面；推荐码以 ?ref= 带入',
  },
  'Shown before the link when shared on LINE': {
    en: 'Shown before the link when shared on LINE',
    'zh-TW': '在 LINE 分享時顯示於連結前的文字',
    'zh-CN': '在 LINE 分享时显示于链接前的文字',
  },
  "Local time in the customer's time zone": {
    en: "Local time in the customer's time zone",
    'zh-TW': '顧客所在時區的當地時間',
    'zh-CN': '客户所在时区的当地时间',
  },
  'Attribute name, e.g. tier': {
    en: 'Attribute name, e.g. tier',
    'zh-TW': '屬性名稱，例如 tier',
    'zh-CN': '属性名称，例如 tier',
  },
  'Conditions on the event properties': {
    en: 'Conditions on the event properties',
    'zh-TW': '事件屬性須符合的條件',
    'zh-CN': '事件属性须符合的条件',
  },
  'Customer attribute holding a date (YYYY-MM-DD or an ISO timestamp), e.g. birthday or signed_up_at': {
    en: 'Customer attribute holding a date (YYYY-MM-DD or an ISO timestamp), e.g. birthday or signed_up_at',
    'zh-TW': '存放日期的顧客屬性（YYYY-MM-DD 或 ISO 時間），例如 birthday 或 signed_up_at',
    'zh-CN': '存放日期的客户属性（YYYY-MM-DD 或 ISO 时间），例如 birthday 或 signed_up_at',
  },
  'Customer value tier, computed from purchases, spend and referrals': {
    en: 'Customer value tier, computed from purchases, spend and referrals',
    'zh-TW': '顧客價值等級，依購買、消費與推薦計算',
    'zh-CN': '客户价值等级，依购买、消费与推荐计算',
  },
  'Days before (negative, e.g. -3) or after (positive) the date': {
    en: 'Days before (negative, e.g. -3) or after (positive) the date',
    'zh-TW': '日期之前（負數，例如 -3）或之後（正數）的天數',
    'zh-CN': '日期之前（负数，例如 -3）或之后（正数）的天数',
  },
  'Email HTML (Liquid); the text part is the body': {
    en: 'Email HTML (Liquid); the text part is the body',
    'zh-TW': '電子郵件 HTML（Liquid）；純文字部分使用訊息內容',
    'zh-CN': '电子邮件 HTML（Liquid）；纯文本部分使用消息内容',
  },
  'Email subject (Liquid)': {
    en: 'Email subject (Liquid)',
    'zh-TW': '電子郵件主旨（Liquid）',
    'zh-CN': '电子邮件主题（Liquid）',
  },
  'Event name, e.g. purchase': {
    en: 'Event name, e.g. purchase',
    'zh-TW': '事件名稱，例如 purchase',
    'zh-CN': '事件名称，例如 purchase',
  },
  'LINE Flex message JSON; its strings are Liquid': {
    en: 'LINE Flex message JSON; its strings are Liquid',
    'zh-TW': 'LINE Flex 訊息 JSON；其中的文字可用 Liquid',
    'zh-CN': 'LINE Flex 消息 JSON；其中的文字可用 Liquid',
  },
  'Liquid template': { en: 'Liquid template', 'zh-TW': 'Liquid 範本', 'zh-CN': 'Liquid 模板' },
  'Message name shown in reports': {
    en: 'Message name shown in reports',
    'zh-TW': '報表中顯示的訊息名稱',
    'zh-CN': '报表中显示的消息名称',
  },
  'Name shown in the report, e.g. Free shipping': {
    en: 'Name shown in the report, e.g. Free shipping',
    'zh-TW': '報表中顯示的名稱，例如「免運費」',
    'zh-CN': '报表中显示的名称，例如“免运费”',
  },
  'Name shown in the report, e.g. Short subject': {
    en: 'Name shown in the report, e.g. Short subject',
    'zh-TW': '報表中顯示的名稱，例如「短主旨」',
    'zh-CN': '报表中显示的名称，例如“短主题”',
  },
  'Other wordings to test against this one (A)': {
    en: 'Other wordings to test against this one (A)',
    'zh-TW': '與此版本（A）比較的其他文案',
    'zh-CN': '与此版本（A）比较的其他文案',
  },
  'Share of customers who get this wording': {
    en: 'Share of customers who get this wording',
    'zh-TW': '收到此文案的顧客比例',
    'zh-CN': '收到此文案的客户比例',
  },
  'Skip if this message reached the customer within this many hours': {
    en: 'Skip if this message reached the customer within this many hours',
    'zh-TW': '若顧客在這幾小時內已收到此訊息則略過',
    'zh-CN': '若客户在这几小时内已收到此消息则跳过',
  },
  'Tag name, e.g. VIP': { en: 'Tag name, e.g. VIP', 'zh-TW': '標籤名稱，例如 VIP', 'zh-CN': '标签名称，例如 VIP' },
  'Tags to add': { en: 'Tags to add', 'zh-TW': '要新增的標籤', 'zh-CN': '要添加的标签' },
  'Tags to remove': { en: 'Tags to remove', 'zh-TW': '要移除的標籤', 'zh-CN': '要移除的标签' },
  'The segment whose members receive the broadcast': {
    en: 'The segment whose members receive the broadcast',
    'zh-TW': '接收群發的分眾',
    'zh-CN': '接收群发的分群',
  },
  'The segment': { en: 'The segment', 'zh-TW': '分眾', 'zh-CN': '分群' },
  'Tier key, e.g. gold': { en: 'Tier key, e.g. gold', 'zh-TW': '等級代碼，例如 gold', 'zh-CN': '等级代码，例如 gold' },
  'Whether the customer did it since entering the journey': {
    en: 'Whether the customer did it since entering the journey',
    'zh-TW': '顧客進入旅程後是否做過此事',
    'zh-CN': '客户进入旅程后是否做过此事',
  },
  'Wording per customer locale': {
    en: 'Wording per customer locale',
    'zh-TW': '依顧客語言設定的文案',
    'zh-CN': '依客户语言设置的文案',
  },
  'Event property, e.g. amount': {
    en: 'Event property, e.g. amount',
    'zh-TW': '事件屬性，例如 amount',
    'zh-CN': '事件属性，例如 amount',
  },
  'The segment or list': {
    en: 'The segment or list',
    'zh-TW': '分眾或名單',
    'zh-CN': '分群或名单',
  },
  'Counted if it happens within this many days': {
    en: 'Counted if it happens within this many days',
    'zh-TW': '在這幾天內發生才計入',
    'zh-CN': '在这几天内发生才计入',
  },
  'Postback data, e.g. action=buy': {
    en: 'Postback data, e.g. action=buy',
    'zh-TW': 'Postback 資料，例如 action=buy',
    'zh-CN': 'Postback 数据，例如 action=buy',
  },
  'Send every new customer down the winner once the test is sure': {
    en: 'Send every new customer down the winner once the test is sure',
    'zh-TW': '測試有明確結果後，新顧客一律走勝出版本',
    'zh-CN': '测试有明确结果后，新客户一律走胜出版本',
  },
  'Months until the points expire': {
    en: 'Months until the points expire',
    'zh-TW': '點數到期前的月數',
    'zh-CN': '积分到期前的月数',
  },
  'Streak lengths (days) that count as milestones': {
    en: 'Streak lengths (days) that count as milestones',
    'zh-TW': '算作里程碑的連續天數',
    'zh-CN': '算作里程碑的连续天数',
  },
};

/** A spec's description in `locale` where it is known; as written otherwise. */
export function helpText(description: string, locale: Locale): string {
  return Object.hasOwn(helpGlossary, description) ? (helpGlossary[description]?.[locale] ?? description) : description;
}
