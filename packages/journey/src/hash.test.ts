import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, stableStringify } from './hash';

// The definition: every object rebuilt with sorted keys by a JSON.stringify replacer. The faster
// implementation must serialise exactly as this does, or every stored journey hash would change.
function byDefinition(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
      const record = item as Record<string, unknown>;
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(record).sort()) sorted[key] = record[key];
      return sorted;
    }) ?? 'null'
  );
}

describe('stableStringify', () => {
  it('sorts object keys at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('keeps array order and drops undefined properties like JSON does', () => {
    expect(stableStringify([3, 1, 2])).toBe('[3,1,2]');
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('serialises primitives as JSON', () => {
    expect(stableStringify('x"y')).toBe('"x\\"y"');
    expect(stableStringify(1.5)).toBe('1.5');
    expect(stableStringify(true)).toBe('true');
    expect(stableStringify(null)).toBe('null');
    expect(stableStringify(undefined)).toBe('null');
  });

  // JSON-shaped values (what journeys are made of), with the keys JSON treats specially.
  it('serialises exactly as sorting every object with a replacer does', () => {
    const keys = fc.oneof(fc.string(), fc.constantFrom('__proto__', '10', '9', '1', 'a', 'B', 'é', '點'));
    const values = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(values, (value) => {
        expect(stableStringify(value)).toBe(byDefinition(value));
      }),
      { numRuns: 500 },
    );
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"x":1},"a":[{"d":1,"c":2}]}');
    expect(stableStringify(parsed)).toBe(byDefinition(parsed));
    expect(stableStringify({ a: 1, b: { c: new Date(0) } })).toBe(byDefinition({ a: 1, b: { c: new Date(0) } }));
  });

  it('agrees with JSON.parse on its output', () => {
    const value = { name: '歡迎', nested: { list: [{ k: 'v' }], n: -3 } };
    expect(JSON.parse(stableStringify(value))).toEqual(value);
  });
});

describe('contentHash', () => {
  it('is the hex SHA-256 of the stable form', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('is stable across key order', () => {
    const one = { steps: { a: { next: { out: 'b' }, type: 't' }, b: { type: 'u', next: {} } }, start: ['a'] };
    const two = { start: ['a'], steps: { b: { next: {}, type: 'u' }, a: { type: 't', next: { out: 'b' } } } };
    expect(contentHash(one)).toBe(contentHash(two));
  });

  it('changes when any value changes', () => {
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: '1' }));
  });
});
