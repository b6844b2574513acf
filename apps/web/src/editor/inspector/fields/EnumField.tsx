import type { EnumField as EnumModel, EnumOption } from '../model/field-model';
import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { FieldProps } from './field-props';
import { FieldShell, type InputAria } from './FieldShell';

const NONE = '';

interface EnumSelectProps {
  options: readonly EnumOption[];
  value: unknown;
  /** Offer "(none)" that leaves the value out. */
  clearable: boolean;
  aria: InputAria;
  onChange: (next: unknown) => void;
}

/** A select over enum values (which may be numbers or booleans: options are addressed by index). */
export function EnumSelect({ options, value, clearable, aria, onChange }: EnumSelectProps) {
  const { t } = useForm();
  const index = options.findIndex((option) => option.value === value);
  return (
    <select
      {...aria}
      value={index < 0 ? NONE : String(index)}
      onChange={(event) =>
        onChange(event.target.value === NONE ? undefined : options[Number(event.target.value)]?.value)
      }
    >
      {index < 0 || clearable ? (
        <option value={NONE}>{clearable ? t(inspectorMessages.none) : t(inspectorMessages.choose)}</option>
      ) : null}
      {options.map((option, at) => (
        <option key={at} value={String(at)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** An enum as a select. */
export function EnumField({ model, path, value, onChange, label }: FieldProps<EnumModel>) {
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => (
        // An unset value with a schema default is the default: show it rather than "Choose…".
        <EnumSelect
          options={model.options}
          value={value === undefined && model.hasDefault ? model.default : value}
          clearable={!model.required && !model.hasDefault}
          aria={aria}
          onChange={onChange}
        />
      )}
    </FieldShell>
  );
}
