import { countOperators } from '@wayfarer/segments';
import { useT } from '../app/i18n';
import { readInt, type FieldsProps, type Of } from './condition-props';
import { segmentMessages as m } from './messages';
import { countOperatorLabels } from './operator-options';

/** Did an event N times, within the last D days (or ever). */
export function EventFields({ condition, onChange }: FieldsProps<Of<'event'>>) {
  const t = useT();
  return (
    <>
      <input
        name="event"
        aria-label={t(m.event)}
        placeholder={t(m.eventPlaceholder)}
        value={condition.event}
        onChange={(event) => onChange({ ...condition, event: event.target.value })}
      />
      <select
        name="count.op"
        aria-label={t(m.operator)}
        value={condition.count.op}
        onChange={(event) =>
          onChange({
            ...condition,
            count: { ...condition.count, op: event.target.value as Of<'event'>['count']['op'] },
          })
        }
      >
        {countOperators.map((op) => (
          <option key={op} value={op}>
            {t(countOperatorLabels[op])}
          </option>
        ))}
      </select>
      <input
        name="count.value"
        type="number"
        min={0}
        step={1}
        aria-label={t(m.times)}
        value={condition.count.value}
        onChange={(event) =>
          onChange({ ...condition, count: { ...condition.count, value: Math.max(0, readInt(event.target.value, 0)) } })
        }
      />
      <label className="rule-inline-label">
        <span>{t(m.withinDays)}</span>
        <input
          name="withinDays"
          type="number"
          min={1}
          step={1}
          value={condition.withinDays ?? ''}
          onChange={(event) =>
            onChange({
              ...condition,
              withinDays: event.target.value === '' ? null : Math.max(1, readInt(event.target.value, 1)),
            })
          }
        />
      </label>
    </>
  );
}
