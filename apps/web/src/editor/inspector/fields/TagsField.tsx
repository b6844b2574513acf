import { useState, type KeyboardEvent } from 'react';
import type { TagsField as TagsModel } from '../model/field-model';
import { asArray } from '../model/values';
import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';
import { addTags, splitTyped } from './tag-input';
import { X } from 'lucide-react';

/** An array of strings as chips: type and press Enter or comma to add; × or Backspace removes. */
export function TagsField({ model, path, value, onChange, label }: FieldProps<TagsModel>) {
  const { t, readOnly } = useForm();
  const [draft, setDraft] = useState('');
  const tags = asArray(value).filter((tag): tag is string => typeof tag === 'string');
  const full = model.maxItems !== undefined && tags.length >= model.maxItems;
  const commit = (text: string) => {
    const next = addTags(tags, text);
    if (next.length !== tags.length) onChange(next);
  };
  const remove = (index: number) => onChange(tags.filter((_, at) => at !== index));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter also confirms a Chinese / Japanese input method's composition; that is not "add".
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(draft);
      setDraft('');
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      remove(tags.length - 1);
    }
  };
  const onType = (text: string) => {
    const { complete, rest } = splitTyped(text);
    if (complete !== '') commit(complete);
    setDraft(rest);
  };
  return (
    <FieldShell model={model} path={path} label={label ?? model.label}>
      {(aria) => (
        <div className={`tag-picker${readOnly ? ' is-disabled' : ''}`}>
          {tags.length > 0 ? (
            <ul className="chips">
              {tags.map((tag, index) => (
                <li key={tag} className="chip">
                  <span>{tag}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    disabled={readOnly}
                    aria-label={t(inspectorMessages.removeTag, { tag })}
                    onClick={() => remove(index)}
                  >
                    <X size={12} aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <input
            {...aria}
            type="text"
            value={draft}
            disabled={readOnly || full}
            maxLength={model.item.maxLength}
            placeholder={t(inspectorMessages.tagsHint)}
            onChange={(event) => onType(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              commit(draft);
              setDraft('');
            }}
          />
        </div>
      )}
    </FieldShell>
  );
}
