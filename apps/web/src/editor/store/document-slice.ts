import type { JourneyGraph } from '@wayfarer/journey';
import type { GraphOp } from '../graph/graph-types';
import type { GetState, HistoryControl, SetState } from './slice';

/** What undo/redo tracks: the journey graph and the journey's name. */
export interface EditorDocument {
  graph: JourneyGraph;
  name: string;
}

export interface EditOptions {
  /** Edits with the same key less than a second apart are one undo step (typing, arrow-key moves). */
  coalesce?: string;
}

export interface DocumentSlice {
  doc: EditorDocument;
  readOnly: boolean;
  /** Applies a pure graph operation as one undoable step. Ignored when read-only or a no-op. */
  edit: (op: GraphOp, options?: EditOptions) => void;
  rename: (name: string) => void;
  /** Replaces the document (open, reload after a conflict): not undoable, history cleared. */
  replaceDocument: (doc: EditorDocument) => void;
}

const COALESCE_MS = 1_000;

export function createDocumentSlice(
  set: SetState<DocumentSlice>,
  get: GetState<DocumentSlice>,
  history: () => HistoryControl,
  initial: { doc: EditorDocument; readOnly: boolean },
): DocumentSlice {
  let last: { key: string | undefined; at: number } = { key: undefined, at: 0 };
  const commit = (doc: EditorDocument, key: string | undefined) => {
    const now = Date.now();
    const merge = key !== undefined && key === last.key && now - last.at < COALESCE_MS;
    last = { key, at: now };
    // Paused, zundo records nothing: the step taken before the burst began undoes the whole burst.
    if (merge) history().pause();
    set({ doc });
    if (merge) history().resume();
  };
  return {
    ...initial,
    edit(op, options) {
      const { doc, readOnly } = get();
      if (readOnly) return;
      const graph = op(doc.graph);
      if (graph !== doc.graph) commit({ ...doc, graph }, options?.coalesce);
    },
    rename(name) {
      const { doc, readOnly } = get();
      if (!readOnly && name !== doc.name) commit({ ...doc, name }, 'rename');
    },
    replaceDocument(doc) {
      history().pause();
      set({ doc });
      history().resume();
      history().clear();
      last = { key: undefined, at: 0 };
    },
  };
}
