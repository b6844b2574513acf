import { useState } from 'react';
import type { RecordField as RecordModel } from '../model/field-model';
import { defaultValue } from '../model/default-value';
import { asRecord, withKey } from '../model/values';
import { childPath, useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { FieldProps } from './field-props';
import { FieldGroup } from './ObjectField';
import { useFocusLater } from './use-focus-later';
import { Plus, X } from 'lucide-react';
import { Button } from '../../../ui';

/**
 * Free keys (`z.record`) as rows: the key labels its value's input; a row is added by typing a new
 * key. Keys are not renamed in place — remove and add — so two rows can never collide mid-edit.
 */
export function RecordField({ model, path, value, onChange, label }: FieldProps<RecordModel>) {
  const { Field, t, idFor, readOnly } = useForm();
  const record = asRecord(value);
  const [newKey, setNewKey] = useState('');
  const [taken, setTaken] = useState(false);
  const focusLater = useFocusLater();
  const unused = model.keyOptions?.filter((key) => !Object.hasOwn(record, key));
  const newKeyId = idFor(`${path}.$newKey`);
  const add = () => {
    const key = newKey.trim();
    if (key === '') return;
    if (Object.hasOwn(record, key)) return setTaken(true);
    // The new value may be empty (undefined): the row stays, marked "Required", until it is typed.
    onChange({ ...record, [key]: defaultValue(model.value) });
    setNewKey('');
    focusLater(() => document.getElementById(idFor(childPath(path, key))));
  };
  return (
    <FieldGroup model={model} path={path} label={label ?? model.label} className="field-record">
      {Object.entries(record).map(([key, item]) => (
        <div className="record-row" key={key}>
          <Field
            model={model.value}
            path={childPath(path, key)}
            label={key}
            value={item}
            onChange={(next) => onChange({ ...record, [key]: next })}
          />
          <Button
            variant="ghost"
            size="sm"
            icon={X}
            iconOnly
            className="record-remove"
            disabled={readOnly}
            onClick={() => onChange(withKey(record, key, undefined))}
          >
            {t(inspectorMessages.removeKey, { key })}
          </Button>
        </div>
      ))}
      <div className="record-new">
        <label className="visually-hidden" htmlFor={newKeyId}>
          {t(inspectorMessages.newKey)}
        </label>
        {unused ? (
          <select
            id={newKeyId}
            name={`${path}.$newKey`}
            disabled={readOnly || unused.length === 0}
            value={newKey}
            onChange={(event) => setNewKey(event.target.value)}
          >
            <option value="">{t(inspectorMessages.choose)}</option>
            {unused.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={newKeyId}
            name={`${path}.$newKey`}
            type="text"
            disabled={readOnly}
            value={newKey}
            placeholder={t(inspectorMessages.newKey)}
            aria-invalid={taken || undefined}
            onChange={(event) => {
              setNewKey(event.target.value);
              setTaken(false);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
              event.preventDefault();
              add();
            }}
          />
        )}
        <Button size="sm" icon={Plus} disabled={readOnly || newKey.trim() === ''} onClick={add}>
          {t(inspectorMessages.addKey)}
        </Button>
        {taken ? <p className="inline-warning">{t(inspectorMessages.keyTaken)}</p> : null}
      </div>
    </FieldGroup>
  );
}
