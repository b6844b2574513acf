import { CircleCheck, TriangleAlert } from 'lucide-react';
import { useT } from '../../app/i18n';
import { Button } from '../../ui';
import { editorMessages } from '../messages';
import { useEditor, useEditorStore } from '../store/editor-context';
import { selectProblems } from '../store/selectors';

/** "3 to fix": clearing the selection brings the problems list into the side panel. */
export function ProblemsIndicator() {
  const t = useT();
  const store = useEditorStore();
  const count = useEditor((state) => selectProblems(state).length);
  return (
    <Button
      variant={count > 0 ? 'secondary' : 'ghost'}
      icon={count > 0 ? TriangleAlert : CircleCheck}
      collapsible={count === 0}
      className={count > 0 ? 'problems-indicator problems-indicator--bad' : 'problems-indicator'}
      data-testid="problems-indicator"
      data-count={count}
      onClick={() => store.getState().select({})}
    >
      {count > 0 ? t(editorMessages.problemsButton, { count }) : t(editorMessages.noProblems)}
    </Button>
  );
}
