import { useEffect, useRef } from 'react';

/**
 * Focus for elements that appear with the next render (a new list item, a new record row):
 * `focusLater(find)` runs `find` after React has committed and focuses what it returns.
 */
export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | undefined>(undefined);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    pending.current = undefined;
    find()?.focus();
  });
  return (find) => {
    pending.current = find;
  };
}
