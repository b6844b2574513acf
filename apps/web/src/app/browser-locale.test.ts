import { describe, expect, it } from 'vitest';
import { localeFromBrowser } from './browser-locale';

describe('the UI language from the browser', () => {
  it('reads Chinese by its script and takes the first language spoken', () => {
    expect(localeFromBrowser(['zh-TW', 'en'])).toBe('zh-TW');
    expect(localeFromBrowser(['zh-HK'])).toBe('zh-TW');
    expect(localeFromBrowser(['zh-Hant'])).toBe('zh-TW');
    expect(localeFromBrowser(['zh-CN'])).toBe('zh-CN');
    expect(localeFromBrowser(['zh'])).toBe('zh-CN');
    expect(localeFromBrowser(['fr-FR', 'zh-TW'])).toBe('zh-TW');
    expect(localeFromBrowser(['en-GB', 'zh-TW'])).toBe('en');
  });

  it('falls back to English for languages it does not speak and tags it cannot read', () => {
    expect(localeFromBrowser(['fr', 'de'])).toBe('en');
    expect(localeFromBrowser(['not a tag!'])).toBe('en');
    expect(localeFromBrowser([])).toBe('en');
  });
});
