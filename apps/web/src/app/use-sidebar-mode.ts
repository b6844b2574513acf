import { useCallback, useEffect, useState } from 'react';

export type SidebarMode = 'full' | 'rail';

const STORAGE_KEY = 'wayfarer.sidebar';
/** Below this width the sidebar starts as a rail of icons, so pages keep their room. */
const WIDE = '(min-width: 1280px)';

function stored(): SidebarMode | null {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'full' || value === 'rail' ? value : null;
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => globalThis.matchMedia?.(query).matches ?? true);
  useEffect(() => {
    const list = globalThis.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/**
 * Full sidebar or icon rail: the user's choice when they made one, else by the window's width —
 * and a rail while `roomy` pages (the editor's canvas) need every pixel.
 */
export function useSidebarMode(roomy: boolean): [SidebarMode, () => void] {
  const wide = useMediaQuery(WIDE);
  const [chosen, setChosen] = useState<SidebarMode | null>(stored);
  const mode = chosen ?? (wide && !roomy ? 'full' : 'rail');
  const toggle = useCallback(() => {
    const next = mode === 'full' ? 'rail' : 'full';
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setChosen(next);
  }, [mode]);
  return [mode, toggle];
}
