import { CircleAlert, CircleCheck, CircleDot, LoaderCircle } from 'lucide-react';
import { useT } from '../../app/i18n';
import { Badge, type BadgeTone } from '../../ui';
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

const statusTone: Record<JourneyStatus, BadgeTone> = {
  draft: 'neutral',
  live: 'success',
  paused: 'warning',
  archived: 'neutral',
};

const saveText: Record<SaveState, (typeof editorMessages)[keyof typeof editorMessages]> = {
  saved: editorMessages.saveSaved,
  saving: editorMessages.saveSaving,
  dirty: editorMessages.saveDirty,
  conflict: editorMessages.saveConflict,
  error: editorMessages.saveError,
};

const saveIcon = {
  saved: CircleCheck,
  saving: LoaderCircle,
  dirty: CircleDot,
  conflict: CircleAlert,
  error: CircleAlert,
} as const satisfies Record<SaveState, unknown>;

/** Draft / live / paused / archived. */
export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  const t = useT();
  return (
    <Badge tone={statusTone[status]} dot data-testid="journey-status" data-status={status}>
      {t(statusText[status])}
    </Badge>
  );
}

/** Whether the draft is saved; polite live region so screen readers hear "Saving…" / "saved". */
export function SaveStatus() {
  const t = useT();
  const state = useEditor(selectSaveState);
  const error = useEditor((current) => current.saveError);
  const Icon = saveIcon[state];
  const text = t(saveText[state]);
  return (
    <span
      className={`save-status save-status--${state}`}
      data-testid="save-status"
      data-state={state}
      role="status"
      aria-live="polite"
      title={error ?? text}
    >
      <Icon size={14} aria-hidden="true" />
      <span className="save-status__text">{text}</span>
    </span>
  );
}
