// The words of the public form page, in the customer's language.
import type { FormLanguage } from './liff-form.schema';

const strings = {
  submit: { en: 'Submit', 'zh-TW': '送出', 'zh-CN': '提交' },
  sendCode: { en: 'Send code', 'zh-TW': '傳送驗證碼', 'zh-CN': '发送验证码' },
  codeLabel: { en: 'Verification code', 'zh-TW': '驗證碼', 'zh-CN': '验证码' },
  codeSent: {
    en: 'We sent a 6-digit code by SMS. It expires in 10 minutes.',
    'zh-TW': '我們已用簡訊傳送 6 位數驗證碼，10 分鐘內有效。',
    'zh-CN': '我们已通过短信发送 6 位验证码，10 分钟内有效。',
  },
  required: { en: 'Required', 'zh-TW': '必填', 'zh-CN': '必填' },
  done: {
    en: 'Thank you! Your answers are saved.',
    'zh-TW': '謝謝！您的資料已儲存。',
    'zh-CN': '谢谢！您的资料已保存。',
  },
  missing_answer: { en: 'Please answer this.', 'zh-TW': '請填寫此欄。', 'zh-CN': '请填写此栏。' },
  invalid_answer: { en: 'This answer is not valid.', 'zh-TW': '此欄格式不正確。', 'zh-CN': '此栏格式不正确。' },
  code_required: {
    en: 'Send a code to this number and enter it.',
    'zh-TW': '請傳送驗證碼到此號碼並輸入。',
    'zh-CN': '请发送验证码到此号码并输入。',
  },
  wrong_code: {
    en: 'The code is not right. Tries left: {left}.',
    'zh-TW': '驗證碼不正確，還可再試 {left} 次。',
    'zh-CN': '验证码不正确，还可再试 {left} 次。',
  },
  expired: {
    en: 'The code has expired. Send a new one.',
    'zh-TW': '驗證碼已過期，請重新傳送。',
    'zh-CN': '验证码已过期，请重新发送。',
  },
  no_code: { en: 'Send a code first.', 'zh-TW': '請先傳送驗證碼。', 'zh-CN': '请先发送验证码。' },
  locked: {
    en: 'Too many wrong codes. Send a new one.',
    'zh-TW': '錯誤次數過多，請重新傳送驗證碼。',
    'zh-CN': '错误次数过多，请重新发送验证码。',
  },
  too_many_codes: {
    en: 'Too many codes sent to this number. Try again in an hour.',
    'zh-TW': '此號碼的驗證碼傳送次數過多，請一小時後再試。',
    'zh-CN': '此号码的验证码发送次数过多，请一小时后再试。',
  },
  sms_not_connected: {
    en: 'Codes cannot be sent now.',
    'zh-TW': '目前無法傳送驗證碼。',
    'zh-CN': '目前无法发送验证码。',
  },
  sms_failed: {
    en: 'The code could not be sent. Try again.',
    'zh-TW': '驗證碼傳送失敗，請再試一次。',
    'zh-CN': '验证码发送失败，请再试一次。',
  },
  invalid_token: {
    en: 'Please open this form from LINE.',
    'zh-TW': '請從 LINE 開啟此表單。',
    'zh-CN': '请从 LINE 打开此表单。',
  },
  failed: {
    en: 'Something went wrong. Try again.',
    'zh-TW': '發生錯誤，請再試一次。',
    'zh-CN': '发生错误，请再试一次。',
  },
  notFound: { en: 'This form does not exist.', 'zh-TW': '找不到此表單。', 'zh-CN': '找不到此表单。' },
} satisfies Record<string, Record<FormLanguage, string>>;

export type PageStrings = Record<keyof typeof strings, string>;

export function pageStrings(language: FormLanguage): PageStrings {
  return Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, text[language]])) as PageStrings;
}

/** The customer's language from `?lang=` or Accept-Language (LINE's browser sends the phone's). */
export function pickLanguage(query: unknown, acceptLanguage: string | undefined): FormLanguage {
  const asked = typeof query === 'string' ? query : (acceptLanguage ?? '');
  for (const tag of asked
    .toLowerCase()
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')) {
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
