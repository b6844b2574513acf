import type { EnumField as EnumModel, UnionField as UnionModel } from '../model/field-model';
import { currentOption, switchOption } from '../model/union-option';
import { asRecord } from '../model/values';
import { childPath } from '../form-context';
import type { FieldProps } from './field-props';
import { EnumField } from './EnumField';
import { FieldGroup, SubForm } from './ObjectField';

/** A select for the discriminator (`mode`, `subject`) and the chosen option's fields. */
export function UnionField({ model, path, value, onChange, label }: FieldProps<UnionModel>) {
  const option = currentOption(model, value);
  const tag: EnumModel = {
    kind: 'enum',
    key: model.discriminator,
    schemaPath: childPath(model.schemaPath, model.discriminator),
    label: model.discriminatorLabel,
    required: true,
    nullable: false,
    hasDefault: false,
    options: model.options.map(({ value: optionValue, label: optionLabel }) => ({
      value: optionValue,
      label: optionLabel,
    })),
  };
  return (
    <FieldGroup model={model} path={path} label={label ?? model.label} className="field-union">
      <EnumField
        model={tag}
        path={childPath(path, model.discriminator)}
        value={asRecord(value)[model.discriminator]}
        onChange={(next) => onChange(switchOption(model, value, next as UnionModel['options'][number]['value']))}
      />
      {option ? <SubForm fields={option.fields} path={path} value={value} onChange={onChange} /> : null}
    </FieldGroup>
  );
}
