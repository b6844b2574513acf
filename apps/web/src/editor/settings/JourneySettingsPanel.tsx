import type { JourneySettings } from '@wayfarer/journey';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useEditor, useEditorDeps, useEditorStore } from '../store/editor-context';
import { EntrySettings } from './EntrySettings';
import { ExitCriteriaSettings } from './ExitCriteriaSettings';
import { GoalSettings } from './GoalSettings';
import { MeasurementSettings } from './MeasurementSettings';
import { settingsMessages as m } from './messages';
import { completeSettings, updateSettings } from './settings-ops';
import './settings.css';

/** Where the toolbar's Settings button scrolls to. */
export const SETTINGS_PANEL_ID = 'journey-settings';

/**
 * The journey's settings: re-entry, entry limit, exit criteria, goal. The panel edits a draft and
 * writes it to the document (one undo step per burst of typing) whenever it is complete, so a
 * half-filled row never reaches autosave or publish. Undo/redo replaces the draft.
 */
export function JourneySettingsPanel() {
  const t = useT();
  const store = useEditorStore();
  const { readOnly } = useEditorDeps();
  const stored = useEditor((state) => state.doc.graph.settings);
  const [base, setBase] = useState(stored);
  const [draft, setDraft] = useState<JourneySettings>(stored);
  if (stored !== base) {
    setBase(stored);
    setDraft(stored);
  }
  const complete = completeSettings(draft) !== undefined;
  const change = (next: JourneySettings) => {
    setDraft(next);
    const settings = completeSettings(next);
    if (settings !== undefined)
      store.getState().edit(
        updateSettings(() => settings),
        { coalesce: 'settings' },
      );
  };
  const props = { settings: draft, onChange: change, readOnly };
  return (
    <section
      className="journey-settings"
      id={SETTINGS_PANEL_ID}
      data-testid="journey-settings"
      data-complete={complete}
      tabIndex={-1}
      aria-labelledby={`${SETTINGS_PANEL_ID}-title`}
    >
      <h2 className="side-panel__title" id={`${SETTINGS_PANEL_ID}-title`}>
        {t(m.title)}
      </h2>
      {!complete && (
        <p className="settings-incomplete" role="status" data-testid="settings-incomplete">
          {t(m.incomplete)}
        </p>
      )}
      <EntrySettings {...props} />
      <ExitCriteriaSettings {...props} />
      <GoalSettings {...props} />
      <MeasurementSettings {...props} />
    </section>
  );
}
