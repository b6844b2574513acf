// The problems of a row in words, in each UI language (the wizard and the rejected-rows file).
import type { ProblemCode, RowProblem } from './problems';

export type ProblemLocale = 'en' | 'zh-TW' | 'zh-CN';

const texts: Record<ProblemCode, Record<ProblemLocale, string>> = {
  no_identity: {
    en: 'no identity: give an external id, email, phone or LINE user id',
    'zh-TW': '沒有身分：需要外部 ID、Email、電話或 LINE 使用者 ID',
    'zh-CN': '没有身份：需要外部 ID、Email、电话或 LINE 用户 ID',
  },
  invalid_email: { en: 'not an email address', 'zh-TW': '不是有效的 Email', 'zh-CN': '不是有效的 Email' },
  invalid_phone: {
    en: 'not a valid phone number',
    'zh-TW': '不是有效的電話號碼',
    'zh-CN': '不是有效的电话号码',
  },
  too_long: { en: 'too long', 'zh-TW': '內容過長', 'zh-CN': '内容过长' },
  invalid_number: { en: 'not a number', 'zh-TW': '不是數字', 'zh-CN': '不是数字' },
  invalid_date: {
    en: 'not a date (e.g. 1990-05-04)',
    'zh-TW': '不是有效日期（例如 1990-05-04）',
    'zh-CN': '不是有效日期（例如 1990-05-04）',
  },
  invalid_boolean: {
    en: 'not yes/no (e.g. true, false, 1, 0)',
    'zh-TW': '不是是／否（例如 true、false、1、0）',
    'zh-CN': '不是是／否（例如 true、false、1、0）',
  },
  invalid_consent: {
    en: 'not a consent answer (subscribed, unsubscribed, yes, no)',
    'zh-TW': '不是同意與否（subscribed、unsubscribed、是、否）',
    'zh-CN': '不是同意与否（subscribed、unsubscribed、是、否）',
  },
  invalid_time: {
    en: 'not a date and time (e.g. 2024-03-01 10:00)',
    'zh-TW': '不是有效的日期時間（例如 2024-03-01 10:00）',
    'zh-CN': '不是有效的日期时间（例如 2024-03-01 10:00）',
  },
  unknown_tier: {
    en: 'no such tier in the loyalty programme',
    'zh-TW': '會員方案中沒有這個等級',
    'zh-CN': '会员方案中没有这个等级',
  },
  invalid_points: {
    en: 'points must be a whole number of 0 or more',
    'zh-TW': '點數必須是 0 或以上的整數',
    'zh-CN': '积分必须是 0 或以上的整数',
  },
  invalid_tag: {
    en: 'a tag is longer than 100 characters',
    'zh-TW': '標籤超過 100 個字元',
    'zh-CN': '标签超过 100 个字符',
  },
  duplicate_row: {
    en: 'the same customer as row {row}',
    'zh-TW': '與第 {row} 列是同一位顧客',
    'zh-CN': '与第 {row} 行是同一位顾客',
  },
  unknown_customer: {
    en: 'no customer is known by these identities',
    'zh-TW': '找不到符合這些身分的顧客',
    'zh-CN': '找不到符合这些身份的顾客',
  },
  malformed_row: {
    en: 'the row has a different number of cells than the header',
    'zh-TW': '此列的欄位數與標題列不同',
    'zh-CN': '此行的字段数与标题行不同',
  },
};

/** What is wrong, in words, without the column and the cell (shown beside the cell): `not a valid phone number`. */
export function problemText(problem: RowProblem, locale: ProblemLocale = 'en'): string {
  return texts[problem.code][locale].replace('{row}', String(problem.duplicateOf ?? '?'));
}

/** One problem in words: `phone "0912": not a valid phone number`. */
export function describeProblem(problem: RowProblem, locale: ProblemLocale = 'en'): string {
  const text = problemText(problem, locale);
  const where = problem.column === null ? '' : `${problem.column}`;
  const value = problem.value === undefined ? '' : ` "${problem.value}"`;
  return where === '' && value === '' ? text : `${where}${value}: ${text}`;
}

/** Every problem of a row, in words, separated by `; `. */
export function describeProblems(problems: readonly RowProblem[], locale: ProblemLocale = 'en'): string {
  return problems.map((problem) => describeProblem(problem, locale)).join('; ');
}
