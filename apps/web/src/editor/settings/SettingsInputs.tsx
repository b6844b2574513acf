import { useState } from 'react';
import type { Duration } from '@wayfarer/journey';
import { useT, type LocalizedText } from '../../app/i18n';
import { settingsMessages as m } from './messages';

const unitLabels: Readonly<Record<Duration['unit'], LocalizedText>> = {
  seconds: m.unitSeconds,
  minutes: m.unitMinutes,
  hours: m.unitHours,
  days: m.unitDays,
  weeks: m.unitWeeks,
};

/** A whole number typed as text: blank or junk reads as NaN, which the settings schema refuses. */
export function parseWhole(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

interface WholeNumberInputProps {
  name: string;
  label: string;
  value: number;
  disabled: boolean;
  onChange: (value: number) => void;
}

/** A number input that keeps what is typed (even blank) until it is a whole number. */
export function WholeNumberInput({ name, label, value, disabled, onChange }: WholeNumberInputProps) {
  const [text, setText] = useState(Number.isNaN(value) ? '' : String(value));
  // Undo/redo changes the value under the input: show it, unless the text already says it.
  if (!Number.isNaN(value) && parseWhole(text) !== value) setText(String(value));
  return (
    <input
      type="number"
      min={1}
      step={1}
      name={name}
      aria-label={label}
      value={text}
      disabled={disabled}
      aria-invalid={Number.isNaN(parseWhole(text)) || undefined}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseWhole(event.target.value));
      }}
    />
  );
}

interface DurationInputProps {
  name: string;
  value: Duration;
  disabled: boolean;
  onChange: (value: Duration) => void;
}

/** "3 [days]": an amount and a unit, named `<name>.amount` / `<name>.unit`. */
export function DurationInput({ name, value, disabled, onChange }: DurationInputProps) {
  const t = useT();
  return (
    <span className="settings-duration">
      <WholeNumberInput
        name={`${name}.amount`}
        label={t(m.amount)}
        value={value.amount}
        disabled={disabled}
        onChange={(amount) => onChange({ ...value, amount })}
      />
      <select
        name={`${name}.unit`}
        aria-label={t(m.unit)}
        value={value.unit}
        disabled={disabled}
        onChange={(event) => onChange({ ...value, unit: event.target.value as Duration['unit'] })}
      >
        {(Object.keys(unitLabels) as Duration['unit'][]).map((unit) => (
          <option key={unit} value={unit}>
            {t(unitLabels[unit])}
          </option>
        ))}
      </select>
    </span>
  );
}
