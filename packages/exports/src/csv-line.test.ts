import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, safeCell } from './csv-line';

describe('safe CSV', () => {
  it('defuses cells that start like a formula, and only those', () => {
    expect(['=1+1', '+886912', '-5', '@SUM(A1)', '\tx', '\rx'].map(safeCell)).toEqual([
      "'=1+1",
      "'+886912",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(safeCell('王小明 =1')).toBe('王小明 =1');
    expect(safeCell(-5)).toBe('-5');
    expect(safeCell(true)).toBe('true');
    expect(safeCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks so the line parses back', () => {
    const line = csvLine(['a, "b"', 'line\nbreak', '=HYPERLINK("http://x")', 42]);
    expect(parse(line)).toEqual([['a, "b"', 'line\nbreak', `'=HYPERLINK("http://x")`, '42']]);
  });
});
