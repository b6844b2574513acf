import { describe, expect, it } from 'vitest';
import { asRecord, moveItem, removeAt, replaceAt, withKey } from './values';

describe('immutable value edits', () => {
  it('sets and removes keys without touching the original, keeping key order', () => {
    const original = { a: 1, b: 2 };
    expect(Object.keys(withKey(original, 'a', 3))).toEqual(['a', 'b']);
    expect(withKey(original, 'a', undefined)).toEqual({ b: 2 });
    expect(withKey(undefined, 'x', 1)).toEqual({ x: 1 });
    expect(original).toEqual({ a: 1, b: 2 });
  });

  it('replaces, removes and moves list items', () => {
    const items = ['a', 'b', 'c'];
    expect(replaceAt(items, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(items, 0)).toEqual(['b', 'c']);
    expect(moveItem(items, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(items, 0, 5)).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('reads non-objects as empty', () => {
    expect(asRecord(null)).toEqual({});
    expect(asRecord([1])).toEqual({});
  });
});
