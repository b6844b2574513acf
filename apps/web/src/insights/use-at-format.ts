import { useCallback } from 'react';
import { useLocale } from '../app/i18n';
import { formatDateTime } from '../journeys/relative-time';

/** Prints an ISO instant as date and time in the UI language. */
export function useAtFormat(): (iso: string) => string {
  const { locale } = useLocale();
  return useCallback((iso: string) => formatDateTime(iso, locale), [locale]);
}
