import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand';
import type { AnyNodeTypeSpec } from '@wayfarer/nodes';
import type { EditorRegistry } from '@wayfarer/nodes/editor';
import type { NodeCatalog } from '../graph/catalog';
import { createCanvasSlice, type CanvasSlice } from './canvas-slice';
import { createDocumentSlice, type DocumentSlice, type EditorDocument } from './document-slice';
import { createOverlaySlice, type OverlaySlice } from './overlay-slice';
import { createSaveSlice, type SaveSlice } from './save-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createValidationSlice, type ValidationSlice } from './validation-slice';

/** Registries the editor reads node types from; fixed for the store's life. */
export interface EditorDeps {
  catalog: NodeCatalog;
  editors: EditorRegistry;
  /** Starting config of a node added from the palette (the inspector's `defaultConfigFor`). */
  defaultConfig: (spec: AnyNodeTypeSpec) => unknown;
}

export type EditorState = EditorDeps &
  DocumentSlice &
  SelectionSlice &
  CanvasSlice &
  ValidationSlice &
  SaveSlice &
  OverlaySlice;

export interface EditorStoreOptions {
  doc: EditorDocument;
  revision: number;
  readOnly: boolean;
  /** The document the server has, when it differs from `doc` (unsaved edits restored from a backup). */
  savedDoc?: EditorDocument;
  conflict?: boolean;
  /** Undo steps kept. */
  historyLimit?: number;
}

/** Undo/redo sees only the document: selection, view and save state are never undone. */
type Tracked = Pick<EditorState, 'doc'>;

/** Creates one editor's store. Undo history lives on `store.temporal` (zundo). */
export function createEditorStore(deps: EditorDeps, options: EditorStoreOptions) {
  return createStore<EditorState>()(
    temporal(
      (set, get, api) => ({
        ...deps,
        // zundo types the api's `temporal` as unknown inside the initializer; it is this store's history.
        ...createDocumentSlice(
          set,
          get,
          () => (api as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal.getState(),
          {
            doc: options.doc,
            readOnly: options.readOnly,
          },
        ),
        ...createSelectionSlice(set, get),
        ...createCanvasSlice(set, get),
        ...createValidationSlice(set, get),
        ...createOverlaySlice(set, get),
        ...createSaveSlice(set, get, {
          revision: options.revision,
          savedDoc: options.savedDoc ?? options.doc,
          conflict: options.conflict,
        }),
      }),
      {
        partialize: (state): Tracked => ({ doc: state.doc }),
        // Every set() reaches zundo; only a new document is a step.
        equality: (past, current) => past.doc === current.doc,
        limit: options.historyLimit ?? 200,
      },
    ),
  );
}

export type EditorStore = ReturnType<typeof createEditorStore>;
