import type { LiteralField as LiteralModel } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/** A fixed value: shown, not edited (the default puts it in place). */
export function LiteralField({ model, path, label }: FieldProps<LiteralModel>) {
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => <input {...aria} readOnly value={String(model.value)} />}
    </FieldShell>
  );
}
