import { useCallback, useEffect, useState } from 'react';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
}

/** A short message that disappears after `durationMs` (errors stay until the next notice). */
export function useNotice(durationMs: number): [Notice | null, (notice: Notice | null) => void] {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (notice === null || notice.tone === 'error') return;
    const timer = setTimeout(() => setNotice(null), durationMs);
    return () => clearTimeout(timer);
  }, [notice, durationMs]);
  return [notice, useCallback((next: Notice | null) => setNotice(next), [])];
}
