import { describe, expect, it } from 'vitest';
import { copyNameFor, isFiltered, listInput } from './journey-filters';

describe('listInput', () => {
  it('sends only what narrows the list', () => {
    expect(listInput('  ', undefined)).toEqual({});
    expect(listInput(' 歡迎 ', 'live')).toEqual({ search: '歡迎', status: 'live' });
    expect(listInput('', undefined, '中秋')).toEqual({ tag: '中秋' });
  });
});

describe('isFiltered', () => {
  it('is true for a search, a status or a tag', () => {
    expect(isFiltered('', undefined)).toBe(false);
    expect(isFiltered('a', undefined)).toBe(true);
    expect(isFiltered('', 'archived')).toBe(true);
    expect(isFiltered('', undefined, 'VIP')).toBe(true);
  });
});

describe('copyNameFor', () => {
  it('fills the localized pattern and fits the name limit', () => {
    expect(copyNameFor('首購禮', '{name}（副本）')).toBe('首購禮（副本）');
    expect(copyNameFor('x'.repeat(200), '{name} (copy)')).toHaveLength(200);
  });
});
