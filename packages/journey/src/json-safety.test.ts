import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonProblem, MAX_JSON_DEPTH } from './json-safety';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { a: value };
  return value;
};

describe('findJsonProblem', () => {
  it('finds a NUL character or an unpaired surrogate and names where it is', () => {
    expect(findJsonProblem({ properties: { note: 'a\u0000b' } })).toMatchObject({
      code: 'nul_character',
      path: ['properties', 'note'],
    });
    expect(findJsonProblem({ batch: [{ ok: 'x' }, { traits: { name: 'Mei\uD800' } }] })).toMatchObject({
      code: 'lone_surrogate',
      path: ['batch', 1, 'traits', 'name'],
    });
    expect(findJsonProblem({ list: ['\uDC00 trailing'] })).toMatchObject({ path: ['list', 0] });
    // In a key, the path ends at the key itself.
    expect(findJsonProblem({ attributes: { 'bad\u0000key': 1 } })).toMatchObject({
      code: 'nul_character',
      path: ['attributes', 'bad\u0000key'],
    });
  });

  it('accepts well-formed text, emoji (surrogate pairs) included', () => {
    expect(findJsonProblem({ name: '林美 🎉', tags: ['vip'], n: 1, ok: true, none: null })).toBeUndefined();
  });

  it('refuses nesting past the limit without overflowing, at any depth', () => {
    expect(findJsonProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findJsonProblem(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ code: 'too_deep' });
    expect(findJsonProblem(nested(200_000))).toMatchObject({ code: 'too_deep' });
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const found = findJsonProblem(value);
        expect(found === undefined || typeof found.message === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
