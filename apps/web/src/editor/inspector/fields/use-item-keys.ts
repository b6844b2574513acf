import { useState } from 'react';
import { moveItem, removeAt } from '../model/values';

let nextKey = 0;
const fresh = (count: number) => Array.from({ length: count }, () => nextKey++);

/**
 * Stable React keys for the items of a list value (which carry no ids), updated by the list's own
 * add / remove / move, so that moving an item moves its DOM — and keyboard focus goes with it.
 * When the list changes length from outside (undo), keys start over.
 */
export function useItemKeys(length: number) {
  const [keys, setKeys] = useState(() => fresh(length));
  let current = keys;
  if (keys.length !== length) {
    current = fresh(length);
    setKeys(current);
  }
  return {
    keys: current,
    added: () => setKeys([...current, ...fresh(1)]),
    removed: (index: number) => setKeys(removeAt(current, index)),
    moved: (from: number, to: number) => setKeys(moveItem(current, from, to)),
  };
}
