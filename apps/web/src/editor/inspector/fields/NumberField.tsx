import type { NumberField as NumberModel } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell, type InputAria } from './FieldShell';
import { useDraft } from './use-draft';

const formatNumber = (value: unknown) => (typeof value === 'number' ? String(value) : '');
// Empty (or half-typed, which a number input reports as empty) is "no value"; zod says why that's wrong.
const parseNumber = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text));

/** A number input with the schema's bounds and step. */
export function NumberField({ model, path, value, onChange, label }: FieldProps<NumberModel>) {
  const [text, edit] = useDraft(value, formatNumber, parseNumber);
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => <NumberInput model={model} aria={aria} text={text} onText={(next) => onChange(edit(next))} />}
    </FieldShell>
  );
}

interface NumberInputProps {
  model: NumberModel;
  aria: InputAria;
  text: string;
  onText: (text: string) => void;
}

/** The bare input, shared with the duration row. */
export function NumberInput({ model, aria, text, onText }: NumberInputProps) {
  return (
    <input
      {...aria}
      type="number"
      inputMode={model.integer ? 'numeric' : 'decimal'}
      min={model.min}
      max={model.max}
      step={model.step}
      value={text}
      onChange={(event) => onText(event.target.value)}
    />
  );
}

export { formatNumber, parseNumber };
