import { LayoutGrid, Maximize, Redo2, Undo2 } from 'lucide-react';
import { useT } from '../../app/i18n';
import { Button } from '../../ui';
import { FIT_ALL, useViewportTools } from '../canvas/use-viewport-tools';
import { useAutoLayout } from '../layout/use-auto-layout';
import { editorMessages } from '../messages';
import { useEditorDeps, useEditorStore, useHistory } from '../store/editor-context';

function HistoryButtons() {
  const t = useT();
  const store = useEditorStore();
  const { readOnly } = useEditorDeps();
  const canUndo = useHistory((history) => history.pastStates.length > 0);
  const canRedo = useHistory((history) => history.futureStates.length > 0);
  const history = store.temporal.getState();
  return (
    <>
      <Button
        variant="ghost"
        icon={Undo2}
        iconOnly
        data-testid="undo"
        disabled={!canUndo || readOnly}
        onClick={() => history.undo()}
        title={`${t(editorMessages.undo)} (Ctrl/⌘+Z)`}
      >
        {t(editorMessages.undo)}
      </Button>
      <Button
        variant="ghost"
        icon={Redo2}
        iconOnly
        data-testid="redo"
        disabled={!canRedo || readOnly}
        onClick={() => history.redo()}
        title={`${t(editorMessages.redo)} (Ctrl/⌘+Shift+Z)`}
      >
        {t(editorMessages.redo)}
      </Button>
    </>
  );
}

/** Undo / redo, tidy up and fit to screen. */
export function EditButtons() {
  const t = useT();
  const { readOnly } = useEditorDeps();
  const layout = useAutoLayout();
  const tools = useViewportTools();
  return (
    <div className="toolbar__group">
      <HistoryButtons />
      <Button
        variant="ghost"
        icon={LayoutGrid}
        iconOnly
        data-testid="auto-layout"
        disabled={readOnly || layout.busy}
        onClick={() => void layout.run()}
      >
        {t(editorMessages.autoLayout)}
      </Button>
      <Button variant="ghost" icon={Maximize} iconOnly data-testid="fit-view" onClick={() => tools.fit(FIT_ALL)}>
        {t(editorMessages.fitView)}
      </Button>
    </div>
  );
}
