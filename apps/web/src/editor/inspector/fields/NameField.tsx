import type { StringField } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';
import { KnownNamePicker } from './KnownNamePicker';
import type { NameKind } from './use-vocabulary';

const kinds = { 'event-name': 'event', 'attribute-name': 'attribute', 'tag-name': 'tag' } as const;

/** A config field holding an event name, customer attribute key or tag: the known-name picker. */
export function NameField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const kind: NameKind = kinds[model.format as keyof typeof kinds];
  const commit = (next: string) => onChange(next === '' && !model.required ? undefined : next);
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {({ 'aria-invalid': invalid, disabled, ...aria }) => (
        <KnownNamePicker
          {...aria}
          {...(invalid === true ? { 'aria-invalid': true as const } : {})}
          kind={kind}
          value={typeof value === 'string' ? value : ''}
          onChange={commit}
          placeholder={model.placeholder}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
