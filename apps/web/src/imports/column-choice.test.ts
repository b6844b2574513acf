import { describe, expect, it } from 'vitest';
import { choiceOf, columnProblems, hasIdentity, samplesOf, targetFor } from './column-choice';

describe('column choices', () => {
  it('offers a birthday as its own choice and maps it to a date attribute', () => {
    expect(targetFor('birthday', '生日')).toEqual({ target: 'attribute', key: 'birthday', type: 'date' });
    expect(choiceOf({ target: 'attribute', key: 'birthday', type: 'date' })).toBe('birthday');
    expect(choiceOf({ target: 'attribute', key: 'birthday', type: 'text' })).toBe('attribute');
    expect(targetFor('attribute', 'shop.name')).toEqual({ target: 'attribute', key: 'shop_name', type: 'text' });
  });

  it('names the column that fills a field another column fills, and attributes without a name', () => {
    const problems = columnProblems({
      手機: { target: 'phone' },
      Mobile: { target: 'phone' },
      Tags: { target: 'tags', separator: ',' },
      More: { target: 'tags', separator: '|' },
      Note: { target: 'attribute', key: ' ', type: 'text' },
      Shop: { target: 'attribute', key: 'a.b', type: 'text' },
    });
    expect(problems).toEqual({
      Mobile: { code: 'same_field', other: '手機' },
      Note: { code: 'attribute_name_missing' },
      Shop: { code: 'attribute_name_dot' },
    });
  });

  it('knows whether any column names the customer', () => {
    expect(hasIdentity({ Name: { target: 'attribute', key: 'name', type: 'text' } })).toBe(false);
    expect(hasIdentity({ LINE: { target: 'lineUserId' }, Name: { target: 'ignore' } })).toBe(true);
  });

  it('samples different non-blank cells of a column', () => {
    const rows = [{ cells: ['a', ' '] }, { cells: ['a', 'x'] }, { cells: ['b', 'y'] }, { cells: ['c'] }, { cells: [] }];
    expect(samplesOf(rows, 0, 2)).toEqual(['a', 'b']);
    expect(samplesOf(rows, 1)).toEqual(['x', 'y']);
  });
});
