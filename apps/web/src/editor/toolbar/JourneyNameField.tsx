import { useT } from '../../app/i18n';
import { editorMessages } from '../messages';
import { useEditor, useEditorDeps } from '../store/editor-context';

/** The journey's name, edited in place (an undoable edit, saved with the draft). */
export function JourneyNameField() {
  const t = useT();
  const name = useEditor((state) => state.doc.name);
  const rename = useEditor((state) => state.rename);
  const { readOnly } = useEditorDeps();
  return (
    <input
      className="journey-name"
      data-testid="journey-name"
      value={name}
      readOnly={readOnly}
      maxLength={200}
      aria-label={t(editorMessages.journeyName)}
      title={name}
      onChange={(event) => rename(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Escape') event.currentTarget.blur();
      }}
    />
  );
}
