import type { StringField, StringFormat } from '../model/field-model';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';

const inputTypes: Readonly<Record<Exclude<StringFormat, 'multiline' | 'template' | 'flex'>, string>> = {
  text: 'text',
  time: 'time',
  date: 'date',
  email: 'email',
  url: 'url',
  // Rendered by SegmentField (FieldEditor); a plain id input should that ever be bypassed.
  segment: 'text',
  // Rendered by RewardField (FieldEditor), likewise.
  'coupon-pool': 'text',
  badge: 'text',
  lottery: 'text',
  // Rendered by RichMenuField (FieldEditor), likewise.
  'rich-menu': 'text',
  // Rendered by NameField and PropertyField (FieldEditor), likewise.
  'event-name': 'text',
  'event-property': 'text',
  'attribute-name': 'text',
  'tag-name': 'text',
};

/** Text, time of day (`HH:MM`, input type=time), date, email, URL or a multi-line text. */
export function TextField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const text = typeof value === 'string' ? value : '';
  // An optional field left empty is left out, rather than stored as '' (which may not validate).
  const commit = (next: string) => onChange(next === '' && !model.required ? undefined : next);
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) =>
        model.format === 'multiline' || model.format === 'template' || model.format === 'flex' ? (
          <textarea
            {...aria}
            value={text}
            rows={4}
            maxLength={model.maxLength}
            onChange={(event) => commit(event.target.value)}
          />
        ) : (
          <input
            {...aria}
            type={inputTypes[model.format]}
            value={text}
            maxLength={model.maxLength}
            placeholder={model.placeholder}
            onChange={(event) => commit(event.target.value)}
          />
        )
      }
    </FieldShell>
  );
}
