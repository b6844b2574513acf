import { useEffect } from 'react';
import { copySelection, duplicateSelection, pasteClipboard } from '../commands/clipboard-commands';
import { deleteSelection } from '../commands/node-commands';
import type { EditorStore } from '../store/editor-store';
import { commandFor, type EditorCommand } from './keymap';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inside a menu or dialog, or anywhere while a modal dialog is open. */
function inDialog(target: EventTarget | null): boolean {
  if (document.querySelector('[aria-modal="true"]') !== null) return true;
  return target instanceof HTMLElement && target.closest('[role="dialog"]') !== null;
}

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed;
}

/** Runs a command; false when it does not apply, so the browser's default is kept. */
function run(store: EditorStore, command: EditorCommand): boolean {
  const state = store.getState();
  switch (command) {
    case 'undo':
      store.temporal.getState().undo();
      return true;
    case 'redo':
      store.temporal.getState().redo();
      return true;
    case 'copy':
      return !hasTextSelection() && copySelection(store);
    case 'paste':
      pasteClipboard(store);
      return true;
    case 'duplicate':
      duplicateSelection(store);
      return true;
    case 'delete':
      deleteSelection(store);
      return true;
    case 'selectAll':
      state.select({
        nodeIds: state.doc.graph.nodes.map((node) => node.id),
        edgeIds: state.doc.graph.edges.map((edge) => edge.id),
      });
      return true;
    case 'escape':
      state.openInsertMenu(null);
      state.select({});
      return true;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Editor keyboard shortcuts, everywhere on the page except while typing or inside a dialog. */
export function useEditorShortcuts(store: EditorStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const command = commandFor(event);
      if (command === undefined || inDialog(event.target)) return;
      if (run(store, command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
