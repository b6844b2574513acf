import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

function sortedArray(items: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const sorted = withSortedKeys(item);
    if (sorted !== item) (copy ??= items.slice())[index] = sorted;
  }
  return copy ?? items;
}

// Keys already in order need no copy. An own `__proto__` key always takes the copy, whose plain
// assignment drops it, as the sorted copy of every object always did.
function inOrder(keys: readonly string[]): boolean {
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key === '__proto__' || (index > 0 && (keys[index - 1] as string) >= key)) return false;
  }
  return true;
}

function sortedRecord(record: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(record);
  if (!inOrder(keys)) {
    const sorted: Record<string, unknown> = {};
    for (const key of keys.sort()) sorted[key] = withSortedKeys(record[key]);
    return sorted;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of keys) {
    const value = record[key];
    const sorted = withSortedKeys(value);
    if (sorted !== value) (copy ??= { ...record })[key] = sorted;
  }
  return copy ?? record;
}

/**
 * `value` with the keys of every object in it in sorted order: the same value when they are
 * already, else a copy of what had to change. An object with `toJSON` (a Date) is replaced by what
 * it serialises to, as JSON.stringify would.
 */
function withSortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return sortedArray(value);
  const record = value as Record<string, unknown> & { toJSON?: unknown };
  return typeof record.toJSON === 'function'
    ? withSortedKeys((record.toJSON as () => unknown)())
    : sortedRecord(record);
}

/**
 * JSON with object keys sorted, so equal values always serialise to equal strings. The keys are put
 * in order first (copying only objects whose keys are not) and the native JSON.stringify does the
 * rest without a replacer, on its fast path: compiling runs on every autosave and publish.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? 'null';
}

/** Hex SHA-256 of the stable JSON form of `value`. */
export function contentHash(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(value))));
}
