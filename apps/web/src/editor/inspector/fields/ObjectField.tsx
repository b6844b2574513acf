import type { ReactNode } from 'react';
import type { FieldModel, ObjectField as ObjectModel } from '../model/field-model';
import { asRecord, withKey } from '../model/values';
import { isShown } from '../model/visibility';
import { childPath, useForm } from '../form-context';
import type { FieldProps } from './field-props';
import { FieldErrors } from './FieldErrors';

interface SubFormProps {
  fields: readonly FieldModel[];
  path: string;
  value: unknown;
  onChange: (next: unknown) => void;
}

/** The fields of an object, each editing its own property. */
export function SubForm({ fields, path, value, onChange }: SubFormProps) {
  const { Field, root } = useForm();
  return (
    <>
      {fields
        .filter((field) => isShown(field, root))
        .map((field) => (
          <Field
            key={field.key}
            model={field}
            path={childPath(path, field.key)}
            value={asRecord(value)[field.key]}
            onChange={(next) => onChange(withKey(value, field.key, next))}
            onChangeParent={(update) => onChange(update(asRecord(value)))}
          />
        ))}
    </>
  );
}

interface GroupProps {
  model: FieldModel;
  path: string;
  label: string;
  className: string;
  children: ReactNode;
}

/** A fieldset with legend, help and errors; at the root, just the children (the inspector is the group). */
export function FieldGroup({ model, path, label, className, children }: GroupProps) {
  const { idFor } = useForm();
  if (path === '') return <div className={`root-fields ${className}`}>{children}</div>;
  return (
    <fieldset className={`field-group ${className}`}>
      <legend>{label}</legend>
      {model.help ? <p className="field-help">{model.help}</p> : null}
      {children}
      <FieldErrors path={path} id={`${idFor(path)}-errors`} />
    </fieldset>
  );
}

/** A nested object as a fieldset. */
export function ObjectField({ model, path, value, onChange, label }: FieldProps<ObjectModel>) {
  return (
    <FieldGroup model={model} path={path} label={label ?? model.label} className="field-object">
      <SubForm fields={model.fields} path={path} value={value} onChange={onChange} />
    </FieldGroup>
  );
}
