import { durationToMs, type Duration } from '@wayfarer/journey';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { KnownNamePicker } from '../inspector/fields/KnownNamePicker';
import { ComparisonRows } from './ComparisonRows';
import { settingsMessages as m } from './messages';
import type { SectionProps } from './section-props';
import { msToDuration } from './settings-ops';
import { DurationInput } from './SettingsInputs';

const DEFAULT_SPAN: Duration = { amount: 7, unit: 'days' };

/** The conversion goal: an event (with property conditions), optionally only within a window after entering. */
export function GoalSettings({ settings, onChange, readOnly }: SectionProps) {
  const t = useT();
  const { goal } = settings;
  const withinMs = goal?.withinMs;
  // The span is stored in ms but typed as "2 weeks": keep the unit the marketer chose.
  const [span, setSpan] = useState<Duration>(withinMs === undefined ? DEFAULT_SPAN : msToDuration(withinMs));
  if (withinMs !== undefined && !Number.isNaN(withinMs) && durationToMs(span) !== withinMs) {
    setSpan(msToDuration(withinMs));
  }
  const setWithin = (next: Duration | undefined) => {
    if (goal === null) return;
    const { withinMs: _old, ...rest } = goal;
    if (next !== undefined) setSpan(next);
    onChange({ ...settings, goal: next === undefined ? rest : { ...rest, withinMs: durationToMs(next) } });
  };
  return (
    <fieldset className="settings-section" data-testid="settings-goal">
      <legend>{t(m.goal)}</legend>
      <label className="settings-choice">
        <input
          type="checkbox"
          name="goal.enabled"
          checked={goal !== null}
          disabled={readOnly}
          onChange={(event) => onChange({ ...settings, goal: event.target.checked ? { event: '', where: [] } : null })}
        />
        <span>{t(m.goalEnabled)}</span>
      </label>
      {goal !== null && (
        <>
          <div className="settings-row">
            <span>{t(m.exitKindEvent)}</span>
            <KnownNamePicker
              kind="event"
              name="goal.event"
              aria-label={t(m.eventName)}
              placeholder={t(m.eventPlaceholder)}
              value={goal.event}
              disabled={readOnly}
              onChange={(event) => onChange({ ...settings, goal: { ...goal, event } })}
            />
          </div>
          <ComparisonRows
            name="goal.where"
            event={goal.event}
            where={goal.where}
            readOnly={readOnly}
            onChange={(where) => onChange({ ...settings, goal: { ...goal, where } })}
          />
          <div className="settings-row">
            <label className="settings-choice">
              <input
                type="checkbox"
                name="goal.window.enabled"
                checked={withinMs !== undefined}
                disabled={readOnly}
                onChange={(event) => setWithin(event.target.checked ? span : undefined)}
              />
              <span>{t(m.goalWindow)}</span>
            </label>
            {withinMs !== undefined && (
              <>
                <DurationInput name="goal.window" value={span} disabled={readOnly} onChange={setWithin} />
                <span>{t(m.goalWindowAfter)}</span>
              </>
            )}
          </div>
        </>
      )}
    </fieldset>
  );
}
