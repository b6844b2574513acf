import { Trash2 } from 'lucide-react';
import { useT } from '../app/i18n';
import { Button, Field, Select } from '../ui';
import { defaultAttribute, fieldKinds, type FieldDraft, type FieldKind } from './form-draft';
import { lineFormMessages as m } from './messages';

const kindWords = {
  birthday: m.kindBirthday,
  phone: m.kindPhone,
  email: m.kindEmail,
  choice: m.kindChoice,
  text: m.kindText,
} as const;

interface FieldEditorProps {
  field: FieldDraft;
  index: number;
  onChange: (field: FieldDraft) => void;
  onRemove: (() => void) | undefined;
}

/** One question of a form: its kind, its words in each language, the attribute it writes. */
export function FieldEditor({ field, index, onChange, onRemove }: FieldEditorProps) {
  const t = useT();
  const set = (patch: Partial<FieldDraft>) => onChange({ ...field, ...patch });
  const setKind = (kind: FieldKind) =>
    set({
      kind,
      attribute: field.attribute === defaultAttribute[field.kind] ? defaultAttribute[kind] : field.attribute,
    });
  const text = (key: 'labelEn' | 'labelZhTw' | 'labelZhCn' | 'attribute', label: string) => (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          name={`fields.${index}.${key}`}
          value={field[key]}
          className={key === 'attribute' ? 'mono' : undefined}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="line-form-field" data-testid="form-field">
      <div className="line-form-field__row">
        <Field label={t(m.kind)}>
          {(control) => (
            <Select
              {...control}
              name={`fields.${index}.kind`}
              value={field.kind}
              onChange={(event) => setKind(event.target.value as FieldKind)}
              options={fieldKinds.map((kind) => ({ value: kind, label: t(kindWords[kind]) }))}
            />
          )}
        </Field>
        {text('attribute', t(m.attribute))}
        <label className="line-form-field__check">
          <input
            type="checkbox"
            checked={field.required}
            onChange={(event) => set({ required: event.target.checked })}
          />
          {t(m.required)}
        </label>
        {onRemove && (
          <Button size="sm" variant="danger-ghost" icon={Trash2} onClick={onRemove} aria-label={t(m.removeField)}>
            {t(m.removeField)}
          </Button>
        )}
      </div>
      <div className="line-form-field__labels">
        {text('labelEn', t(m.labelEn))}
        {text('labelZhTw', t(m.labelZhTw))}
        {text('labelZhCn', t(m.labelZhCn))}
      </div>
      {field.kind === 'phone' && <p className="muted line-form-field__note">{t(m.phoneNote)}</p>}
      {field.kind === 'choice' && (
        <div className="line-form-field__options">
          <Field label={t(m.options)} help={t(m.optionsHelp)}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                name={`fields.${index}.options`}
                value={field.options}
                onChange={(event) => set({ options: event.target.value })}
              />
            )}
          </Field>
          <label className="line-form-field__check">
            <input
              type="checkbox"
              checked={field.multiple}
              onChange={(event) => set({ multiple: event.target.checked })}
            />
            {t(m.multiple)}
          </label>
        </div>
      )}
    </fieldset>
  );
}
