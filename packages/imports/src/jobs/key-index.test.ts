import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPackedHashes, ImportKeyIndex, keyHash, packHashes } from './key-index';

const hex = ([hi, lo]: [number, number]) => hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');

describe('import key index', () => {
  it('hashes with 64-bit FNV-1a', () => {
    // The published FNV-1a 64 values of "a" and "foobar".
    expect(hex(keyHash('a'))).toBe('af63dc4c8601ec8c');
    expect(hex(keyHash('foobar'))).toBe('85944171f73967e8');
  });

  it('finds every key added, with its batch, and no key it was not given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 3000 }), (keys) => {
        const index = new ImportKeyIndex();
        const [absent, ...present] = keys;
        present.forEach((key, position) => index.add(keyHash(key), position));
        expect(index.size).toBe(present.length);
        present.forEach((key, position) => expect(index.batchesOf(keyHash(key))).toContain(position));
        expect(index.batchesOf(keyHash(absent ?? ''))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps both batches of one hash (a collision is for the caller to settle)', () => {
    const index = new ImportKeyIndex();
    index.add([7, 9], 2);
    index.add([7, 9], 1002);
    expect(index.batchesOf([7, 9]).sort((a, b) => a - b)).toEqual([2, 1002]);
  });

  it('reads back the hashes it stored', () => {
    const keys = ['user_id:M1', 'email:m1@example.tw', 'phone:+886912000001'];
    const index = new ImportKeyIndex();
    addPackedHashes(index, new Uint8Array(packHashes(keys.map(keyHash))), 2);
    for (const key of keys) expect(index.batchesOf(keyHash(key))).toEqual([2]);
    expect(index.batchesOf(keyHash('user_id:M2'))).toEqual([]);
  });
});
