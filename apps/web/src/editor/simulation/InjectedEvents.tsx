import { useT } from '../../app/i18n';
import { KeyValueRows } from './KeyValueRows';
import { simulationMessages as m } from './messages';
import type { InjectedEventRow } from './sim-form';
import { Plus, X } from 'lucide-react';
import { Button } from '../../ui';

/** Events that happen during the run, each at "day N, HH:MM" ("purchase" on day 2 at 10:00). */
export function InjectedEvents({
  rows,
  onChange,
}: {
  rows: readonly InjectedEventRow[];
  onChange: (rows: InjectedEventRow[]) => void;
}) {
  const t = useT();
  const update = (index: number, patch: Partial<InjectedEventRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="sim-section">
      <legend>{t(m.injected)}</legend>
      <p className="sim-muted">{t(m.injectedHint)}</p>
      {rows.map((row, index) => (
        <div className="sim-event" key={index} data-testid="sim-event">
          <div className="sim-field-row">
            <label className="sim-field sim-field--narrow">
              <span>{t(m.day)}</span>
              <input
                name={`events.${index}.day`}
                inputMode="numeric"
                value={row.day}
                onChange={(event) => update(index, { day: event.target.value })}
              />
            </label>
            <label className="sim-field sim-field--narrow">
              <span>{t(m.time)}</span>
              <input
                name={`events.${index}.time`}
                type="time"
                value={row.time}
                onChange={(event) => update(index, { time: event.target.value })}
              />
            </label>
            <label className="sim-field">
              <span>{t(m.eventName)}</span>
              <input
                name={`events.${index}.name`}
                value={row.name}
                onChange={(event) => update(index, { name: event.target.value })}
              />
            </label>
            <Button
              variant="ghost"
              size="sm"
              icon={X}
              iconOnly
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              {t(m.removeRow)}
            </Button>
          </div>
          <KeyValueRows
            name={`events.${index}.properties`}
            rows={row.properties}
            onChange={(properties) => update(index, { properties })}
          />
        </div>
      ))}
      <Button
        variant="ghost"
        size="sm"
        icon={Plus}
        data-testid="sim-add-event"
        onClick={() => onChange([...rows, { day: '2', time: '10:00', name: '', properties: [] }])}
      >
        {t(m.addEvent)}
      </Button>
    </fieldset>
  );
}
