import type { z } from 'zod';
import type { Locale } from '../../../app/i18n';
import { issueText } from '../../../app/issue-text';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

// An empty required field is "Required", not zod's "expected string to have >=1 characters".
function isMissing(issue: Issue): boolean {
  if (issue.code === 'invalid_type' && issue.input === undefined) return true;
  if (issue.code !== 'too_small' || issue.origin !== 'string' || issue.minimum !== 1) return false;
  return typeof issue.input === 'string' && issue.input.trim() === '';
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
 * A per-parse error map in the UI language, in plain words (see issueText). Messages written in a
 * schema (`.min(1, 'Write the message')`) take precedence over a per-parse map in zod 4, so node
 * authors' words are kept.
 */
export function localizedErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    const bounds = issue as {
      origin?: string;
      minimum?: number | bigint;
      maximum?: number | bigint;
      inclusive?: boolean;
      format?: string;
    };
    return issueText(
      {
        code: issue.code ?? 'custom',
        missing: isMissing(issue),
        origin: issue.code === 'invalid_type' && issue.expected === 'int' ? 'int' : bounds.origin,
        minimum: bounds.minimum,
        maximum: bounds.maximum,
        inclusive: bounds.inclusive,
        format: bounds.format,
      },
      locale,
    );
  };
}
