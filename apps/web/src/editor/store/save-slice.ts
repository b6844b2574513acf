import type { EditorDocument } from './document-slice';
import type { GetState, SetState } from './slice';

/** What the save indicator shows; `dirty` and `saved` are derived from the document. */
export type SaveState = 'saved' | 'saving' | 'dirty' | 'conflict' | 'error';

export interface SaveSlice {
  /** The draft revision the server has and this tab's edits build on. */
  revision: number;
  /** The document as last saved (or loaded): the document differs from it when there are unsaved edits. */
  savedDoc: EditorDocument;
  /** A save in flight, or a stop (conflict / error) that needs the user. */
  saveProblem: 'saving' | 'conflict' | 'error' | null;
  saveError: string | null;
  markSaving: () => void;
  markSaved: (doc: EditorDocument, revision: number) => void;
  markSaveFailed: (kind: 'conflict' | 'error', message: string) => void;
  /** "Overwrite": build on the server's newest revision, so the next save replaces it. */
  adoptRevision: (revision: number) => void;
}

export interface SaveStart {
  revision: number;
  savedDoc: EditorDocument;
  /** Set when a backup of unsaved edits was made on an older revision than the server's. */
  conflict?: boolean;
}

export function createSaveSlice(set: SetState<SaveSlice>, _get: GetState<SaveSlice>, initial: SaveStart): SaveSlice {
  return {
    revision: initial.revision,
    savedDoc: initial.savedDoc,
    saveProblem: initial.conflict ? 'conflict' : null,
    saveError: null,
    markSaving: () => set({ saveProblem: 'saving', saveError: null }),
    markSaved: (doc, revision) => set({ savedDoc: doc, revision, saveProblem: null, saveError: null }),
    markSaveFailed: (kind, message) => set({ saveProblem: kind, saveError: message }),
    adoptRevision: (revision) => set({ revision, saveProblem: null, saveError: null }),
  };
}

/** The save indicator's state. */
export function saveStateOf(state: Pick<SaveSlice, 'saveProblem' | 'savedDoc'> & { doc: EditorDocument }): SaveState {
  if (state.saveProblem !== null) return state.saveProblem;
  return state.doc === state.savedDoc ? 'saved' : 'dirty';
}
