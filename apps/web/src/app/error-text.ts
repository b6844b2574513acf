import { useCallback } from 'react';
import { readApiFailure, type ApiFailure } from './api-error';
import { codeMessages, reasonMessages } from './error-messages';
import { useLocale, type Locale } from './i18n';
import { issueText } from './issue-text';

/** Names a field of the request (`name` → "Journey name"); the field's path itself otherwise. */
export type FieldNamer = (path: string) => string | undefined;

function fieldsText(failure: ApiFailure, locale: Locale, nameOf: FieldNamer | undefined): string | undefined {
  if (failure.issues.length === 0) return undefined;
  return failure.issues
    .map((issue) => {
      const name = nameOf?.(issue.path);
      const text = issueText(issue, locale);
      return name === undefined ? text : `${name}: ${text}`;
    })
    .join(locale === 'en' ? '; ' : '；');
}

/** A failed call in plain words in `locale`: its reason, else its fields, else what its code means. */
export function errorText(error: unknown, locale: Locale, nameOf?: FieldNamer): string {
  const failure = readApiFailure(error);
  const reason = failure.reason === undefined ? undefined : reasonMessages[failure.reason];
  if (reason !== undefined) return reason[locale];
  const fields = nameOf === undefined ? undefined : fieldsText(failure, locale, nameOf);
  if (fields !== undefined) return fields;
  const byCode = codeMessages[failure.code ?? 'network'] ?? codeMessages.INTERNAL_SERVER_ERROR;
  return byCode === undefined ? failure.raw : byCode[locale];
}

/** Each refused field's words, by its path: for showing under the field itself. */
export function fieldErrors(error: unknown, locale: Locale): Readonly<Record<string, string>> {
  const entries = readApiFailure(error).issues.map((issue) => [issue.path, issueText(issue, locale)] as const);
  return Object.fromEntries(entries);
}

/** `errorText` in the UI language. */
export function useErrorText(): (error: unknown, nameOf?: FieldNamer) => string {
  const { locale } = useLocale();
  return useCallback((error, nameOf) => errorText(error, locale, nameOf), [locale]);
}
