import { useT } from '../app/i18n';
import { Field, Select } from '../ui';
import { insightMessages as m } from './messages';
import type { StepPlaces } from './use-step-labels';

// A place travels through the <select> as "stepId␀port" (no port: waiting at the step).
const SEPARATOR = '\u0000';

/** The place a `<PlaceSelect>` value names; undefined for "anywhere". */
export function placeOf(value: string): { stepId: string; port: string | null } | undefined {
  if (value === '') return undefined;
  const [stepId = '', port = ''] = value.split(SEPARATOR);
  return { stepId, port: port === '' ? null : port };
}

/** "Anywhere", or one step: who waits at it now, or who left it by one of its exits. */
export function PlaceSelect({
  places,
  value,
  onChange,
}: {
  places: readonly StepPlaces[];
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <Field label={t(m.place)}>
      {(control) => (
        <Select
          {...control}
          data-testid="enrollment-place"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t(m.anywhere)}</option>
          {places.map((step) => (
            <optgroup key={step.stepId} label={step.label}>
              {step.holds && <option value={step.stepId}>{t(m.waitingAt, { step: step.label })}</option>}
              {step.ports.map((port) => (
                <option key={port.name} value={`${step.stepId}${SEPARATOR}${port.name}`}>
                  {t(m.leftStepBy, { step: step.label, port: port.label })}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </Field>
  );
}
