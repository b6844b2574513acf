import { renderFlexLayout, type FlexLayoutName } from '@wayfarer/channels/spec';
import { useId, useMemo, useState } from 'react';
import { ChatPreview } from '../../../message-templates/previews/ChatPreview';
import { Button, Disclosure, SegmentedControl } from '../../../ui';
import { useForm } from '../form-context';
import { flexBuilderStrings as m } from './flex-builder.i18n';
import { emptyForm, layoutFields, layoutOf, maxItems, type FlexFieldName, type FlexForm } from './flex-form';
import './flex-builder.css';

const layouts: readonly FlexLayoutName[] = ['coupon', 'carousel', 'receipt'];

function TextInput(props: {
  label: string;
  name: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex-builder__field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/** A coupon card, product carousel or receipt filled from a form, previewed as LINE draws it, written as Flex JSON. */
export function FlexLayoutBuilder({ onApply }: { onApply: (json: string) => void }) {
  const { t, readOnly } = useForm();
  const [form, setForm] = useState<FlexForm>(() => emptyForm('coupon'));
  const result = useMemo(() => layoutOf(form), [form]);
  const message = useMemo(() => (result.ok ? renderFlexLayout(result.layout) : null), [result]);
  const { fields, itemFields } = layoutFields[form.layout];
  const label = (name: FlexFieldName) => t(m[name]);
  const setItem = (index: number, name: string, value: string) =>
    setForm({ ...form, items: form.items.map((item, at) => (at === index ? { ...item, [name]: value } : item)) });

  return (
    <Disclosure title={t(m.open)} testId="flex-builder">
      <div className="flex-builder">
        <p className="field-help">{t(m.help)}</p>
        <SegmentedControl
          label={t(m.layout)}
          value={form.layout}
          onChange={(layout) => setForm(emptyForm(layout))}
          options={layouts.map((value) => ({ value, label: t(m[value]) }))}
          testId="flex-layout"
        />
        {fields.map((name) => (
          <TextInput
            key={name}
            label={label(name)}
            name={`flex-${name}`}
            value={form.fields[name] ?? ''}
            disabled={readOnly}
            onChange={(value) => setForm({ ...form, fields: { ...form.fields, [name]: value } })}
          />
        ))}
        {form.items.map((item, index) => (
          <fieldset key={index} className="flex-builder__item">
            <legend>{t(m.item, { number: index + 1 })}</legend>
            {itemFields.map((name) => (
              <TextInput
                key={name}
                label={label(name)}
                name={`flex-items-${index}-${name}`}
                value={item[name] ?? ''}
                disabled={readOnly}
                onChange={(value) => setItem(index, name, value)}
              />
            ))}
            {form.items.length > 1 && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setForm({ ...form, items: form.items.filter((_, at) => at !== index) })}
              >
                {t(m.removeItem)}
              </Button>
            )}
          </fieldset>
        ))}
        {form.items.length > 0 && form.items.length < maxItems[form.layout] && (
          <Button size="sm" onClick={() => setForm({ ...form, items: [...form.items, {}] })}>
            {t(m.addItem)}
          </Button>
        )}
        {message === null ? (
          <p className="field-help" data-testid="flex-builder-problems">
            {t(m.problems, {
              fields: (result.ok ? [] : result.paths)
                .map((path) => {
                  const [head, index, name] = path.split('.');
                  const field = (name ?? head) as FlexFieldName;
                  const words = field in m ? label(field) : path;
                  return index === undefined || name === undefined
                    ? words
                    : `${t(m.item, { number: Number(index) + 1 })} · ${words}`;
                })
                .join(', '),
            })}
          </p>
        ) : (
          <div className="flex-builder__preview" data-testid="flex-builder-preview">
            <ChatPreview
              bubble={{ flex: message.contents, altText: message.altText }}
              replies={[]}
              sender={t(m.sender)}
            />
          </div>
        )}
        <Button
          variant="primary"
          disabled={readOnly || message === null}
          onClick={() => message && onApply(JSON.stringify(message.contents, null, 2))}
          data-testid="flex-builder-apply"
        >
          {t(m.apply)}
        </Button>
      </div>
    </Disclosure>
  );
}
