import type { BooleanField as BooleanModel } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/** A checkbox. */
export function BooleanField({ model, path, value, onChange, label }: FieldProps<BooleanModel>) {
  return (
    <FieldShell model={model} path={path} label={label ?? model.label} inline>
      {(aria) => (
        <input
          {...aria}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      )}
    </FieldShell>
  );
}
