import { useT } from '../app/i18n';
import { settingsMessages as m } from './messages';
import type { CapForm } from './policy-form';

/** A cap: on/off, messages per window of hours. */
export function CapFields(props: {
  id: string;
  label: string;
  hint?: string;
  value: CapForm;
  onChange: (next: CapForm) => void;
}) {
  const t = useT();
  const { value, onChange } = props;
  return (
    <fieldset className="settings-cap" data-testid={`cap-${props.id}`}>
      <legend>{props.label}</legend>
      <label className="settings-inline">
        <input
          type="checkbox"
          name={`${props.id}-enabled`}
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        <span>{t(m.capEnabled)}</span>
      </label>
      <label className="settings-inline">
        <span>{t(m.capLimit)}</span>
        <input
          type="number"
          min={1}
          name={`${props.id}-limit`}
          disabled={!value.enabled}
          value={value.limit}
          onChange={(event) => onChange({ ...value, limit: event.target.value })}
        />
      </label>
      <label className="settings-inline">
        <span>{t(m.capWindow)}</span>
        <input
          type="number"
          min={1}
          name={`${props.id}-window`}
          disabled={!value.enabled}
          value={value.windowHours}
          onChange={(event) => onChange({ ...value, windowHours: event.target.value })}
        />
      </label>
      {props.hint && <small className="muted">{props.hint}</small>}
    </fieldset>
  );
}
