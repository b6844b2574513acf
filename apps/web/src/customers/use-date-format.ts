import { useCallback } from 'react';
import { useLocale, useT } from '../app/i18n';
import { formatDateTime, formatRelativeTime } from '../journeys/relative-time';
import { customerMessages } from './messages';

/** `relative(iso)` ("3 days ago") and `full(iso)` (date and time), in the UI language. */
export function useDateFormat(now: number) {
  const { locale } = useLocale();
  const t = useT();
  const justNow = t(customerMessages.justNow);
  const relative = useCallback((iso: string) => formatRelativeTime(iso, now, locale, justNow), [now, locale, justNow]);
  const full = useCallback((iso: string) => formatDateTime(iso, locale), [locale]);
  return { relative, full };
}
