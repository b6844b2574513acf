import { useState } from 'react';
import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { TriangleAlert } from 'lucide-react';
import { Button } from '../../ui';
import { useEditor } from '../store/editor-context';
import type { Autosaver } from './autosaver';
import { useErrorText } from '../../app/error-text';

/** Shown when a save was refused because the draft changed elsewhere: the user picks whose to keep. */
export function ConflictBanner({ autosave }: { autosave: Autosaver }) {
  const t = useT();
  const conflict = useEditor((state) => state.saveProblem === 'conflict');
  const [busy, setBusy] = useState(false);
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  if (!conflict) return null;
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    action()
      .catch((error: unknown) => setFailure(errorText(error)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="banner banner--warning" role="alert" data-testid="conflict-banner">
      <TriangleAlert size={16} aria-hidden="true" className="banner__icon" />
      <div className="banner__text">
        <strong>{t(editorMessages.conflictTitle)}</strong> {t(editorMessages.conflictHelp)}
        {failure && <span className="banner__error"> {failure}</span>}
      </div>
      <div className="banner__actions">
        <Button size="sm" data-testid="conflict-reload" disabled={busy} onClick={() => run(autosave.reload)}>
          {t(editorMessages.conflictReload)}
        </Button>
        <Button
          size="sm"
          variant="primary"
          data-testid="conflict-overwrite"
          disabled={busy}
          onClick={() => run(autosave.overwrite)}
        >
          {t(editorMessages.conflictOverwrite)}
        </Button>
      </div>
    </div>
  );
}
