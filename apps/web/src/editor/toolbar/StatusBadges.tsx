import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import type { JourneyStatus } from '../persistence/use-journey-meta';
import { useEditor } from '../store/editor-context';
import type { SaveState } from '../store/save-slice';
import { selectSaveState } from '../store/selectors';

const statusText = {
  draft: editorMessages.statusDraft,
  live: editorMessages.statusLive,
  paused: editorMessages.statusPaused,
  archived: editorMessages.statusArchived,
} as const;

const saveText: Record<SaveState, (typeof editorMessages)[keyof typeof editorMessages]> = {
  saved: editorMessages.saveSaved,
  saving: editorMessages.saveSaving,
  dirty: editorMessages.saveDirty,
  conflict: editorMessages.saveConflict,
  error: editorMessages.saveError,
};

/** Draft / live / paused / archived. */
export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="journey-status" data-status={status}>
      {t(statusText[status])}
    </span>
  );
}

/** Whether the draft is saved; polite live region so screen readers hear "Saving…" / "saved". */
export function SaveStatus() {
  const t = useT();
  const state = useEditor(selectSaveState);
  const error = useEditor((current) => current.saveError);
  return (
    <span
      className={`save-status save-status--${state}`}
      data-testid="save-status"
      data-state={state}
      role="status"
      aria-live="polite"
      title={error ?? undefined}
    >
      {t(saveText[state])}
    </span>
  );
}
