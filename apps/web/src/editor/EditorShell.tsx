import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './palette/Palette';
import { SidePanel } from './side-panel/SidePanel';
import { EditorStoreProvider } from './store/editor-context';
import type { EditorStore } from './store/editor-store';
import './editor.css';

interface EditorShellProps {
  store: EditorStore;
  toolbar: ReactNode;
  banner?: ReactNode;
  /** Tools over the canvas's right edge (the test run), beside the side panel. */
  aside?: ReactNode;
}

/** The editor's frame: toolbar on top, palette left, canvas centre, side panel right. */
export function EditorShell({ store, toolbar, banner, aside }: EditorShellProps) {
  const readOnly = store.getState().readOnly;
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <div className="editor" data-testid="editor" data-readonly={readOnly}>
          {toolbar}
          {banner}
          <div className="editor__body">
            {!readOnly && <Palette />}
            <Canvas />
            <SidePanel />
            {aside}
          </div>
        </div>
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
