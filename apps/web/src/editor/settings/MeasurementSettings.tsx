import { useT } from '../../app/i18n';
import { measurementMessages as m } from './measurement.messages';
import type { SectionProps } from './section-props';
import { WholeNumberInput } from './SettingsInputs';

/** A holdout share of the journey's entrants, and whether the workspace's control group is exempt. */
export function MeasurementSettings({ settings, onChange, readOnly }: SectionProps) {
  const t = useT();
  const holdout = settings.holdoutPercent ?? 0;
  return (
    <fieldset className="settings-section" data-testid="settings-measurement">
      <legend>{t(m.measurement)}</legend>
      <label className="settings-choice">
        <input
          type="checkbox"
          name="holdout.enabled"
          checked={holdout > 0}
          disabled={readOnly}
          onChange={(event) => onChange({ ...settings, holdoutPercent: event.target.checked ? 10 : undefined })}
        />
        <span>{t(m.holdout)}</span>
      </label>
      {holdout > 0 && (
        <div className="settings-row">
          <WholeNumberInput
            name="holdoutPercent"
            label={t(m.holdoutPercent)}
            value={holdout}
            disabled={readOnly}
            onChange={(value) =>
              onChange({ ...settings, holdoutPercent: Number.isNaN(value) ? value : Math.min(50, Math.max(1, value)) })
            }
          />
          <span>{t(m.holdoutPercent)}</span>
        </div>
      )}
      {holdout > 0 && <p className="settings-help">{t(m.holdoutHelp)}</p>}
      <label className="settings-choice">
        <input
          type="checkbox"
          name="transactional"
          checked={settings.transactional === true}
          disabled={readOnly}
          onChange={(event) => onChange({ ...settings, transactional: event.target.checked ? true : undefined })}
        />
        <span>{t(m.transactional)}</span>
      </label>
    </fieldset>
  );
}
