import { z } from 'zod';
import { en, zhCN, zhTW } from 'zod/locales';
import type { Locale } from '../../../app/i18n';
import { inspectorMessages } from '../messages';

const zodLocales: Readonly<Record<Locale, () => { localeError: z.core.$ZodErrorMap }>> = {
  en,
  'zh-TW': zhTW,
  'zh-CN': zhCN,
};

type Issue = Parameters<z.core.$ZodErrorMap>[0];

// Zod's own wording for an empty required field ("expected string to have >=1 characters") is
// accurate but not what a marketer needs to read; "Required" is.
function isMissing(issue: Issue): boolean {
  if (issue.code === 'invalid_type' && issue.input === undefined) return true;
  return issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1 && issue.input === '';
}

// Messages node authors wrote in a schema that marketers meet often, in every UI language.
const authoredMessages: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'Pick a channel': { en: 'Pick a channel', 'zh-TW': '請選擇管道', 'zh-CN': '请选择渠道' },
};

/** A schema's own message in the UI language where it is one of the common ones; as written otherwise. */
export function authoredMessage(message: string, locale: Locale): string {
  return Object.hasOwn(authoredMessages, message) ? (authoredMessages[message]?.[locale] ?? message) : message;
}

/**
 * A per-parse error map in the UI language. Messages written in a schema (`.min(1, 'Write the
 * message')`) take precedence over a per-parse map in zod 4, so node authors' words are kept.
 */
export function localizedErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const { localeError } = zodLocales[locale]();
  return (issue) => (isMissing(issue) ? inspectorMessages.required[locale] : localeError(issue));
}
