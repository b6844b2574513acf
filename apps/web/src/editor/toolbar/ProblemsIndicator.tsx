import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { useEditor, useEditorStore } from '../store/editor-context';
import { selectProblems } from '../store/selectors';

/** "3 to fix": clearing the selection brings the problems list into the side panel. */
export function ProblemsIndicator() {
  const t = useT();
  const store = useEditorStore();
  const count = useEditor((state) => selectProblems(state).length);
  return (
    <button
      type="button"
      className={count > 0 ? 'problems-indicator problems-indicator--bad' : 'problems-indicator'}
      data-testid="problems-indicator"
      data-count={count}
      onClick={() => store.getState().select({})}
    >
      {count > 0 ? `⚠ ${t(editorMessages.problemsButton, { count })}` : `✓ ${t(editorMessages.noProblems)}`}
    </button>
  );
}
