import { useT } from '../../app/i18n';
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
      <button
        type="button"
        className="icon-button"
        data-testid="undo"
        disabled={!canUndo || readOnly}
        onClick={() => history.undo()}
        title={`${t(editorMessages.undo)} (Ctrl/⌘+Z)`}
        aria-label={t(editorMessages.undo)}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="redo"
        disabled={!canRedo || readOnly}
        onClick={() => history.redo()}
        title={`${t(editorMessages.redo)} (Ctrl/⌘+Shift+Z)`}
        aria-label={t(editorMessages.redo)}
      >
        ↷
      </button>
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
      <button
        type="button"
        data-testid="auto-layout"
        disabled={readOnly || layout.busy}
        onClick={() => void layout.run()}
      >
        {t(editorMessages.autoLayout)}
      </button>
      <button type="button" data-testid="fit-view" onClick={() => tools.fit(FIT_ALL)}>
        {t(editorMessages.fitView)}
      </button>
    </div>
  );
}
