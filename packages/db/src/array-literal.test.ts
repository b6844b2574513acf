import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayLiteral } from './array-literal';

// The driver's own serialiser (node-postgres), which arrayLiteral must agree with.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils') as { prepareValue(value: unknown): unknown };

describe('arrayLiteral', () => {
  it('writes what the driver writes for any strings it takes on (nulls spelled in lower case)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: 'binary' }), { nil: null })), (values) => {
        const literal = arrayLiteral(values);
        if (Array.isArray(literal)) return;
        expect(literal).toBe(String(prepareValue(values)).replace(/(?<=[{,])NULL(?=[,}])/g, 'null'));
      }),
      { numRuns: 500 },
    );
  });

  it('takes quotes, backslashes, commas, braces and pictographs on, and leaves control characters and lone surrogates to the driver', () => {
    expect(arrayLiteral(['a"b', 'c\\d', 'e,f', '{g}', '會員 🌸', '', null])).toBe(
      '{"a\\"b","c\\\\d","e,f","{g}","會員 🌸","",null}',
    );
    expect(arrayLiteral(['line\nbreak'])).toEqual(['line\nbreak']);
    expect(arrayLiteral(['\ud800'])).toEqual(['\ud800']);
    expect(arrayLiteral([])).toBe('{}');
  });
});
