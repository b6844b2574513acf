import type { ReentryRule } from '@wayfarer/journey';
import { useT, type LocalizedText } from '../../app/i18n';
import { settingsMessages as m } from './messages';
import type { SectionProps } from './section-props';
import { setReentry } from './settings-ops';
import { DurationInput, WholeNumberInput } from './SettingsInputs';

const reentryLabels: Readonly<Record<ReentryRule, LocalizedText>> = {
  once: m.reentryOnce,
  after_exit: m.reentryAfterExit,
  every: m.reentryEvery,
};

/** Who may enter again, how often, and how many may enter per window. */
export function EntrySettings({ settings, onChange, readOnly }: SectionProps) {
  const t = useT();
  const { reentry, reentryCooldown: cooldown, entryLimit } = settings;
  return (
    <>
      <fieldset className="settings-section" data-testid="settings-reentry">
        <legend>{t(m.reentry)}</legend>
        {(Object.keys(reentryLabels) as ReentryRule[]).map((rule) => (
          <label key={rule} className="settings-choice">
            <input
              type="radio"
              name="reentry"
              value={rule}
              checked={reentry === rule}
              disabled={readOnly}
              onChange={() => onChange(setReentry(settings, rule))}
            />
            <span>{t(reentryLabels[rule])}</span>
          </label>
        ))}
        {reentry !== 'once' && (
          <div className="settings-row">
            <label className="settings-choice">
              <input
                type="checkbox"
                name="reentryCooldown.enabled"
                checked={cooldown !== null}
                disabled={readOnly}
                onChange={(event) =>
                  onChange({ ...settings, reentryCooldown: event.target.checked ? { amount: 7, unit: 'days' } : null })
                }
              />
              <span>{t(m.cooldown)}</span>
            </label>
            {cooldown !== null && (
              <DurationInput
                name="reentryCooldown"
                value={cooldown}
                disabled={readOnly}
                onChange={(next) => onChange({ ...settings, reentryCooldown: next })}
              />
            )}
          </div>
        )}
      </fieldset>
      <fieldset className="settings-section" data-testid="settings-entry-limit">
        <legend>
          <label className="settings-choice">
            <input
              type="checkbox"
              name="entryLimit.enabled"
              checked={entryLimit !== null}
              disabled={readOnly}
              onChange={(event) =>
                onChange({
                  ...settings,
                  entryLimit: event.target.checked ? { max: 1000, per: { amount: 1, unit: 'days' } } : null,
                })
              }
            />
            <span>{t(m.entryLimit)}</span>
          </label>
        </legend>
        {entryLimit !== null && (
          <div className="settings-row">
            <span>{t(m.entryLimitMax)}</span>
            <WholeNumberInput
              name="entryLimit.max"
              label={t(m.entryLimitMax)}
              value={entryLimit.max}
              disabled={readOnly}
              onChange={(max) => onChange({ ...settings, entryLimit: { ...entryLimit, max } })}
            />
            <span>{t(m.entryLimitPer)}</span>
            <DurationInput
              name="entryLimit.per"
              value={entryLimit.per}
              disabled={readOnly}
              onChange={(per) => onChange({ ...settings, entryLimit: { ...entryLimit, per } })}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
