import type { Locale } from '@wayfarer/nodes';

/**
 * The UI language for a browser's preferred languages (`navigator.languages`, best first): Chinese
 * in Traditional script (zh-TW, zh-HK, zh-Hant…) is zh-TW, in Simplified script (zh-CN, zh-SG,
 * zh-Hans, bare zh) zh-CN, English is en; the first one we speak wins, else English.
 */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    let language: Intl.Locale;
    try {
      language = new Intl.Locale(tag).maximize();
    } catch {
      continue;
    }
    if (language.language === 'zh') return language.script === 'Hant' ? 'zh-TW' : 'zh-CN';
    if (language.language === 'en') return 'en';
  }
  return 'en';
}
