import { describe, expect, it } from 'vitest';
import { format } from './i18n';

describe('format', () => {
  it('fills plain placeholders and leaves markup-like text alone', () => {
    expect(format('Hi {name} <news@shop.example>', { name: 'Mei' })).toBe('Hi Mei <news@shop.example>');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
  });

  it('picks the plural form of the locale and groups the number', () => {
    const text = '{count, plural, one {# customer} other {# customers}}';
    expect(format(text, { count: 1 }, 'en')).toBe('1 customer');
    expect(format(text, { count: 1234 }, 'en')).toBe('1,234 customers');
    expect(format('{count, plural, other {# 位顧客}}', { count: 1 }, 'zh-TW')).toBe('1 位顧客');
  });
});
