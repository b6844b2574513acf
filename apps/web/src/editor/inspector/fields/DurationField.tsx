import type { DurationField as DurationModel } from '../model/field-model';
import { asRecord, withKey } from '../model/values';
import { childPath, useForm } from '../form-context';
import type { FieldProps } from './field-props';
import { EnumSelect } from './EnumField';
import { FieldErrors } from './FieldErrors';
import { formatNumber, NumberInput, parseNumber } from './NumberField';
import { useDraft } from './use-draft';

/** `{ amount, unit }` on one row: "3 [days]". */
export function DurationField({ model, path, value, onChange, label }: FieldProps<DurationModel>) {
  const { idFor, errorsAt, readOnly } = useForm();
  const current = asRecord(value);
  const amountPath = childPath(path, model.amount.key);
  const unitPath = childPath(path, model.unit.key);
  const [text, edit] = useDraft(current[model.amount.key], formatNumber, parseNumber);
  const aria = (at: string) => ({
    id: idFor(at),
    name: at,
    'aria-describedby': errorsAt(at).length > 0 ? `${idFor(at)}-errors` : undefined,
    'aria-invalid': errorsAt(at).length > 0 || undefined,
    disabled: readOnly,
  });
  return (
    <fieldset className="field-group field-duration">
      <legend>{label ?? model.label}</legend>
      <div className="duration-row">
        <label className="visually-hidden" htmlFor={idFor(amountPath)}>
          {model.amount.label}
        </label>
        <NumberInput
          model={model.amount}
          aria={aria(amountPath)}
          text={text}
          onText={(next) => onChange(withKey(value, model.amount.key, edit(next)))}
        />
        <label className="visually-hidden" htmlFor={idFor(unitPath)}>
          {model.unit.label}
        </label>
        <EnumSelect
          options={model.unit.options}
          value={current[model.unit.key]}
          clearable={false}
          aria={aria(unitPath)}
          onChange={(next) => onChange(withKey(value, model.unit.key, next))}
        />
      </div>
      {model.help ? <p className="field-help">{model.help}</p> : null}
      <FieldErrors path={path} id={`${idFor(path)}-errors`} />
      <FieldErrors path={amountPath} id={`${idFor(amountPath)}-errors`} />
      <FieldErrors path={unitPath} id={`${idFor(unitPath)}-errors`} />
    </fieldset>
  );
}
