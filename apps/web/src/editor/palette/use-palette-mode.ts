import { useCallback, useState } from 'react';

export type PaletteMode = 'full' | 'compact';

const STORAGE_KEY = 'wayfarer.palette';

function initialMode(): PaletteMode {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'full' || stored === 'compact') return stored;
  // Below 1280 px the canvas needs the room: the palette starts as a strip of icons.
  return (globalThis.matchMedia?.('(min-width: 1280px)').matches ?? true) ? 'full' : 'compact';
}

/** The step palette's width: full (titles, descriptions, search) or a strip of icons; remembered. */
export function usePaletteMode(): [PaletteMode, () => void] {
  const [mode, setMode] = useState<PaletteMode>(initialMode);
  const toggle = useCallback(() => {
    setMode((current) => {
      const next = current === 'full' ? 'compact' : 'full';
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      return next;
    });
  }, []);
  return [mode, toggle];
}
