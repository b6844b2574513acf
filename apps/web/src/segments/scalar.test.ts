import { describe, expect, it } from 'vitest';
import { formatScalar, parseList, parseScalar } from './scalar';

describe('rule field values', () => {
  it('keeps numbers and booleans typed and everything else as text', () => {
    expect(parseScalar('42')).toBe(42);
    expect(parseScalar('-1.5')).toBe(-1.5);
    expect(parseScalar('true')).toBe(true);
    expect(parseScalar('Taipei')).toBe('Taipei');
    expect(parseScalar('')).toBe('');
    expect(parseScalar('1994-05-06')).toBe('1994-05-06');
    expect(formatScalar(false)).toBe('false');
    expect(formatScalar(undefined)).toBe('');
  });

  it('splits a comma-separated list', () => {
    expect(parseList(' gold, silver ,, ')).toEqual(['gold', 'silver']);
  });
});
