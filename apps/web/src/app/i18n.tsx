import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import { I18nProvider } from 'react-aria-components';
import { locales, type Locale, type LocalizedText } from '@wayfarer/nodes';
import { localeFromBrowser } from './browser-locale';

export { locales };
export type { Locale, LocalizedText };

/** Names of the UI languages, each in its own language. */
export const localeNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
};

// A language picked in the app wins over the browser's.
const STORAGE_KEY = 'wayfarer.locale';

/**
 * Declares a feature's UI strings, each in every language. Colocate one `messages.ts` per feature;
 * `t(messages.save)` reads them, so a missing translation is a type error, not a runtime blank.
 */
export function defineMessages<T extends Record<string, LocalizedText>>(messages: T): T {
  return messages;
}

const pluralFormats = new Map<string, IntlMessageFormat>();

/**
 * Fills `{name}` placeholders. A text with an ICU plural (`{count, plural, one {# customer} other
 * {# customers}}`) is formatted by FormatJS's intl-messageformat with `locale`'s plural rules; the
 * rest keep the plain placeholders (ICU would read `<…>` in them as markup).
 */
export function format(text: string, values: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  if (text.includes(', plural,')) {
    const key = `${locale}\u0000${text}`;
    const message = pluralFormats.get(key) ?? new IntlMessageFormat(text, locale);
    pluralFormats.set(key, message);
    return String(message.format(values));
  }
  return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => undefined });

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if ((locales as readonly string[]).includes(stored ?? '')) return stored as Locale;
  return localeFromBrowser(globalThis.navigator?.languages ?? []);
}

/** Holds the UI language, remembered across reloads. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  // Screen readers and fonts follow <html lang>, on load as on every switch.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  // React Aria's own words (a dialog's hidden "Dismiss", date fields) follow the UI language too.
  return (
    <LocaleContext.Provider value={value}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** `t(text, values?)`: the text in the current UI language, placeholders filled. */
export function useT(): (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string {
  const { locale } = useLocale();
  return useCallback((text, values) => format(text[locale], values, locale), [locale]);
}
