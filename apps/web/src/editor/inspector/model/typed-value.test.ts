import { describe, expect, it } from 'vitest';
import { formatTypedValue, parseTypedValue, typedKindOf } from './typed-value';

describe('typed values', () => {
  it('reads numbers, booleans, null and JSON lists as such, other text as text', () => {
    expect(parseTypedValue('42')).toBe(42);
    expect(parseTypedValue('-1.5')).toBe(-1.5);
    expect(parseTypedValue('true')).toBe(true);
    expect(parseTypedValue('null')).toBeNull();
    expect(parseTypedValue('["VIP","Gold"]')).toEqual(['VIP', 'Gold']);
    expect(parseTypedValue('VIP')).toBe('VIP');
    expect(parseTypedValue('[not json')).toBe('[not json');
    expect(parseTypedValue('  ')).toBeUndefined();
  });

  it('keeps quoted text as text', () => {
    expect(parseTypedValue('"123"')).toBe('123');
  });

  it('formats so that parsing gives the value back', () => {
    for (const value of ['VIP', '123', 'true', 42, false, null, ['a', 1], { a: 1 }, 'say "hi"']) {
      expect(parseTypedValue(formatTypedValue(value))).toEqual(value);
    }
    expect(formatTypedValue('123')).toBe('"123"');
    expect(formatTypedValue(undefined)).toBe('');
    expect(formatTypedValue('')).toBe('');
  });

  it('names the kind for the hint', () => {
    expect([1, true, null, [1], 'x'].map(typedKindOf)).toEqual(['number', 'boolean', 'null', 'json', 'text']);
  });
});
