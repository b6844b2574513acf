import { describe, expect, it } from 'vitest';
import { contentHash, stableStringify } from './hash';

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
