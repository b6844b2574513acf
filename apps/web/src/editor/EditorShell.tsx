import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './palette/Palette';
import { usePaletteMode } from './palette/use-palette-mode';
import { SidePanel } from './side-panel/SidePanel';
import { EditorStoreProvider, useEditor } from './store/editor-context';
import type { EditorStore } from './store/editor-store';
import './editor.css';

interface EditorShellProps {
  store: EditorStore;
  toolbar: ReactNode;
  banner?: ReactNode;
  /** The insight panel (the test run): docked on the right in place of the side panel while open. */
  insight?: ReactNode;
  /** Over the canvas's top edge (the enrollment path banner). */
  canvasTop?: ReactNode;
}

function EditorBody({ readOnly, insight, canvasTop }: { readOnly: boolean; insight: ReactNode; canvasTop: ReactNode }) {
  const insightOpen = useEditor((state) => state.insightPanel !== null);
  const [paletteMode, togglePalette] = usePaletteMode();
  return (
    <div className="editor__body" data-palette={readOnly ? 'none' : paletteMode}>
      {!readOnly && <Palette mode={paletteMode} onToggle={togglePalette} />}
      <div className="editor__canvas">
        <Canvas />
        {canvasTop}
      </div>
      <div className="editor__dock">{insightOpen && insight !== undefined ? insight : <SidePanel />}</div>
    </div>
  );
}

/**
 * The editor's frame: toolbar on top; palette, canvas and a docked side panel below. Panels are
 * columns, never layers over the canvas, so what "fit" shows is what the marketer sees.
 */
export function EditorShell({ store, toolbar, banner, insight, canvasTop }: EditorShellProps) {
  const readOnly = store.getState().readOnly;
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <div className="editor" data-testid="editor" data-readonly={readOnly}>
          {toolbar}
          {banner}
          <EditorBody readOnly={readOnly} insight={insight} canvasTop={canvasTop} />
        </div>
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
