/** What a key press asks the editor to do. */
export type EditorCommand = 'undo' | 'redo' | 'copy' | 'paste' | 'duplicate' | 'delete' | 'selectAll' | 'escape';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const withModifier: Readonly<Record<string, EditorCommand>> = {
  c: 'copy',
  v: 'paste',
  d: 'duplicate',
  a: 'selectAll',
  y: 'redo',
};

/**
 * The usual shortcuts, with Ctrl and Cmd interchangeable (Ctrl on Windows/Linux, Cmd on macOS):
 * Z undo, Shift+Z and Y redo, C/V/D copy/paste/duplicate, A select all; Delete/Backspace delete.
 */
export function commandFor(event: KeyInput): EditorCommand | undefined {
  if (event.altKey) return undefined;
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (mod) return event.shiftKey ? undefined : withModifier[key];
  if (event.shiftKey) return undefined;
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  if (event.key === 'Escape') return 'escape';
  return undefined;
}
