import { describe, expect, it } from 'vitest';
import { pickLanguage } from './form-page-strings';

describe('the form page’s language', () => {
  it.each([
    [undefined, 'zh-TW,zh;q=0.9,en;q=0.8', 'zh-TW'],
    [undefined, 'zh-HK', 'zh-TW'],
    [undefined, 'zh-Hant-TW', 'zh-TW'],
    [undefined, 'zh-CN,zh;q=0.9', 'zh-CN'],
    [undefined, 'ja-JP,en;q=0.5', 'en'],
    [undefined, undefined, 'en'],
    ['zh-CN', 'zh-TW', 'zh-CN'],
  ])('is %s / %s → %s', (query, header, language) => {
    expect(pickLanguage(query, header)).toBe(language);
  });
});
