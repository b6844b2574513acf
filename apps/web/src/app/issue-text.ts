import { defineMessages, format, type Locale } from './i18n';

/**
 * What is wrong with one value, as a marketer reads it: the facts of a zod issue (its code and
 * bounds) without zod's own wording ("Too small: expected string to have >=1 characters").
 */
export interface IssueFacts {
  code: string;
  /** The value was left empty (or absent). */
  missing?: boolean;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  /** Whether the bound itself is allowed (`min(1)`) or not (`positive()`: more than 0). */
  inclusive?: boolean;
  format?: string;
}

const m = defineMessages({
  required: { en: 'Required', 'zh-TW': '必填', 'zh-CN': '必填' },
  textMin: { en: 'Use at least {n} characters', 'zh-TW': '至少需要 {n} 個字元', 'zh-CN': '至少需要 {n} 个字符' },
  textMax: { en: 'Use at most {n} characters', 'zh-TW': '最多 {n} 個字元', 'zh-CN': '最多 {n} 个字符' },
  numberMin: { en: 'Use {n} or more', 'zh-TW': '請填 {n} 或以上', 'zh-CN': '请填 {n} 或以上' },
  numberMax: { en: 'Use {n} or less', 'zh-TW': '請填 {n} 或以下', 'zh-CN': '请填 {n} 或以下' },
  numberAbove: { en: 'Use more than {n}', 'zh-TW': '請填大於 {n} 的數字', 'zh-CN': '请填大于 {n} 的数字' },
  numberBelow: { en: 'Use less than {n}', 'zh-TW': '請填小於 {n} 的數字', 'zh-CN': '请填小于 {n} 的数字' },
  listMin: { en: 'Add at least {n}', 'zh-TW': '至少新增 {n} 項', 'zh-CN': '至少添加 {n} 项' },
  listMax: { en: 'At most {n}', 'zh-TW': '最多 {n} 項', 'zh-CN': '最多 {n} 项' },
  email: {
    en: 'Enter an email address, like name@example.com',
    'zh-TW': '請輸入電子郵件地址，例如 name@example.com',
    'zh-CN': '请输入电子邮件地址，例如 name@example.com',
  },
  url: {
    en: 'Enter a web address starting with https://',
    'zh-TW': '請輸入以 https:// 開頭的網址',
    'zh-CN': '请输入以 https:// 开头的网址',
  },
  choose: { en: 'Choose one from the list', 'zh-TW': '請從清單中選擇', 'zh-CN': '请从列表中选择' },
  pattern: {
    en: 'This does not look right: check its format',
    'zh-TW': '格式不正確，請檢查',
    'zh-CN': '格式不正确，请检查',
  },
  whole: { en: 'Use a whole number', 'zh-TW': '請填整數', 'zh-CN': '请填整数' },
  wrongType: { en: 'Enter a valid value', 'zh-TW': '請輸入有效的值', 'zh-CN': '请输入有效的值' },
  check: { en: 'Check this value', 'zh-TW': '請檢查此值', 'zh-CN': '请检查此值' },
});

function bound(value: number | bigint | undefined): string {
  return value === undefined ? '' : String(value);
}

function sizeText(facts: IssueFacts, locale: Locale, small: boolean): string {
  const n = bound(small ? facts.minimum : facts.maximum);
  switch (facts.origin) {
    case 'string':
      return format((small ? m.textMin : m.textMax)[locale], { n });
    case 'array':
    case 'set':
      return format((small ? m.listMin : m.listMax)[locale], { n });
    default:
      if (facts.inclusive === false) return format((small ? m.numberAbove : m.numberBelow)[locale], { n });
      return format((small ? m.numberMin : m.numberMax)[locale], { n });
  }
}

/** The issue in `locale`, in plain words. */
export function issueText(facts: IssueFacts, locale: Locale): string {
  if (facts.missing === true) return m.required[locale];
  switch (facts.code) {
    case 'too_small':
      return sizeText(facts, locale, true);
    case 'too_big':
      return sizeText(facts, locale, false);
    case 'invalid_format':
      if (facts.format === 'email') return m.email[locale];
      if (facts.format === 'url') return m.url[locale];
      if (facts.format === 'uuid') return m.choose[locale];
      return m.pattern[locale];
    case 'invalid_value':
    case 'invalid_union':
      return m.choose[locale];
    case 'invalid_type':
      return facts.origin === 'int' ? m.whole[locale] : m.wrongType[locale];
    case 'not_multiple_of':
      return m.whole[locale];
    default:
      return m.check[locale];
  }
}
