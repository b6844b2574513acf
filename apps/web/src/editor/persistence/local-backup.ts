import { stableStringify } from '@wayfarer/journey';
import type { EditorDocument } from '../store/document-slice';

/** Unsaved edits kept in the browser so a reload or crash loses nothing. */
export interface Backup {
  /** The draft revision the edits were made on. */
  baseRevision: number;
  doc: EditorDocument;
}

const keyOf = (journeyId: string) => `wayfarer.editor.backup.${journeyId}`;

function isBackup(value: unknown): value is Backup {
  const candidate = value as Partial<Backup> | null;
  return (
    typeof candidate?.baseRevision === 'number' &&
    typeof candidate.doc?.name === 'string' &&
    Array.isArray(candidate.doc.graph?.nodes)
  );
}

export function readBackup(journeyId: string): Backup | null {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(keyOf(journeyId)) ?? 'null');
    return isBackup(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(journeyId: string, backup: Backup): void {
  try {
    globalThis.localStorage?.setItem(keyOf(journeyId), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: autosave still runs; only the crash safety net is lost.
  }
}

export function clearBackup(journeyId: string): void {
  globalThis.localStorage?.removeItem(keyOf(journeyId));
}

export interface StartingPoint {
  doc: EditorDocument;
  /** The server's document (what `doc` differs from when edits were restored). */
  savedDoc: EditorDocument;
  revision: number;
  restored: boolean;
  /** The restored edits were made on an older revision: someone saved since. */
  conflict: boolean;
}

/**
 * What to open: the server's draft, or unsaved edits left by a reload or crash. Edits made on an
 * older revision than the server's are restored in conflict, so the user decides whose to keep.
 */
export function chooseStartingPoint(
  server: { doc: EditorDocument; revision: number },
  backup: Backup | null,
): StartingPoint {
  const clean = { doc: server.doc, savedDoc: server.doc, revision: server.revision, restored: false, conflict: false };
  if (!backup || stableStringify(backup.doc) === stableStringify(server.doc)) return clean;
  return {
    doc: backup.doc,
    savedDoc: server.doc,
    revision: server.revision,
    restored: true,
    conflict: backup.baseRevision !== server.revision,
  };
}
