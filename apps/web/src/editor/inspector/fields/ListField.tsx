import { useRef } from 'react';
import type { ListField as ListModel } from '../model/field-model';
import { defaultValue, spreadShares } from '../model/default-value';
import { asArray, moveItem, removeAt, replaceAt } from '../model/values';
import { childPath, useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { FieldProps } from './field-props';
import { FieldGroup } from './ObjectField';
import { useFocusLater } from './use-focus-later';
import { useItemKeys } from './use-item-keys';
import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { Button } from '../../../ui';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** A list of sub-forms (branch conditions, split paths) with add, remove and move up / down. */
export function ListField({ model, path, value, onChange, label }: FieldProps<ListModel>) {
  const { Field, t, readOnly } = useForm();
  const items = asArray(value);
  const { keys, added, removed, moved } = useItemKeys(items.length);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const full = model.maxItems !== undefined && items.length >= model.maxItems;
  const add = () => {
    // A new share starts at 0 so the others keep their split; an empty list gets a full 100.
    const item =
      items.length === 0 ? spreadShares([defaultValue(model.item)], model.item)[0] : defaultValue(model.item);
    added();
    onChange([...items, item]);
    focusLater(() => listRef.current?.lastElementChild?.querySelector<HTMLElement>(FOCUSABLE));
  };
  // Keyboard focus must not fall back to the page when the focused button goes away or is disabled.
  const itemButton = (index: number, ...actions: string[]) => {
    const item = listRef.current?.children[index];
    return actions
      .map((action) => item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]:not(:disabled)`))
      .find(Boolean);
  };
  const remove = (index: number) => {
    removed(index);
    onChange(removeAt(items, index));
    focusLater(() => itemButton(Math.min(index, items.length - 2), 'remove') ?? addRef.current);
  };
  const move = (from: number, to: number) => {
    moved(from, to);
    onChange(moveItem(items, from, to));
    const [same, other] = to < from ? ['up', 'down'] : ['down', 'up'];
    focusLater(() => itemButton(to, same ?? 'up', other ?? 'down'));
  };
  const title = label ?? model.label;
  return (
    <FieldGroup model={model} path={path} label={title} className="field-list">
      <ol className="list-items" ref={listRef}>
        {items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={keys[index]} className="list-item">
              <Field
                model={model.item}
                path={childPath(path, index)}
                value={item}
                label={t(inspectorMessages.item, { n })}
                onChange={(next) => onChange(replaceAt(items, index, next))}
              />
              <div className="list-item-actions">
                <Button
                  variant="ghost"
                  size="sm"
                  icon={ArrowUp}
                  iconOnly
                  data-action="up"
                  disabled={readOnly || index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  {t(inspectorMessages.moveUp, { n })}
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  icon={ArrowDown}
                  iconOnly
                  data-action="down"
                  disabled={readOnly || index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  {t(inspectorMessages.moveDown, { n })}
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  icon={X}
                  iconOnly
                  data-action="remove"
                  disabled={readOnly || items.length <= model.minItems}
                  onClick={() => remove(index)}
                >
                  {t(inspectorMessages.removeItem, { n })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        ref={addRef}
        size="sm"
        variant="ghost"
        icon={Plus}
        className="add-item"
        disabled={readOnly || full}
        aria-label={`${t(inspectorMessages.addItem)}: ${title}`}
        onClick={add}
      >
        {t(inspectorMessages.addItem)}
      </Button>
    </FieldGroup>
  );
}
