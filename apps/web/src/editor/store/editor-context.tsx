import { createContext, useContext, type ReactNode } from 'react';
import type { TemporalState } from 'zundo';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Makes one editor's store available to the components below it. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers and commands (reading it does not re-render). */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorStoreProvider>.');
  return store;
}

/** Reads the store through a selector; the component re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/**
 * The store's fixed parts (registries, read-only flag). They never change for a store's life, so
 * reading them subscribes to nothing: a drag frame or an edit elsewhere re-renders no one for them.
 */
export function useEditorDeps(): Pick<EditorState, 'catalog' | 'editors' | 'readOnly'> {
  const { catalog, editors, readOnly } = useEditorStore().getState();
  return { catalog, editors, readOnly };
}

type History = TemporalState<Pick<EditorState, 'doc'>>;

/** Reads the undo history (zundo's temporal store). */
export function useHistory<T>(selector: (state: History) => T): T {
  return useStore(useEditorStore().temporal, selector);
}
