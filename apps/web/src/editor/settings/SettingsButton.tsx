import { Settings2 } from 'lucide-react';
import { useT } from '../../app/i18n';
import { Button } from '../../ui';
import { useEditorStore } from '../store/editor-context';
import { settingsMessages as m } from './messages';
import { SETTINGS_PANEL_ID } from './JourneySettingsPanel';

/** Toolbar button: clears the selection, which shows the journey's settings in the side panel. */
export function SettingsButton() {
  const t = useT();
  const store = useEditorStore();
  const open = () => {
    store.getState().select({});
    // The panel renders once the selection is cleared; focus it on the next frame.
    requestAnimationFrame(() => {
      const panel = document.getElementById(SETTINGS_PANEL_ID);
      panel?.scrollIntoView({ block: 'start' });
      panel?.focus({ preventScroll: true });
    });
  };
  return (
    <Button
      variant="ghost"
      icon={Settings2}
      collapsible
      data-testid="journey-settings-button"
      title={t(m.openHint)}
      aria-label={t(m.open)}
      onClick={open}
    >
      {t(m.open)}
    </Button>
  );
}
