import type { StringField } from '../model/field-model';
import { useForm } from '../form-context';
import { EventPropertyPicker } from '../property/EventPropertyPicker';
import { conditionEvent } from '../property/property-options';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

/** A condition's event property name: the picker of the properties its sibling `event` was received with. */
export function PropertyField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const { root } = useForm();
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {({ 'aria-invalid': invalid, disabled, ...aria }) => (
        <EventPropertyPicker
          {...aria}
          {...(invalid === true ? { 'aria-invalid': true as const } : {})}
          event={conditionEvent(root, path)}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          placeholder={model.placeholder}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
