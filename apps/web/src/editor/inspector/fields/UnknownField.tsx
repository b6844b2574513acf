import type { UnknownField as UnknownModel } from '../model/field-model';
import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import { formatTypedValue, parseTypedValue, typedKindOf, type TypedKind } from '../model/typed-value';
import type { FieldProps } from './field-props';
import { FieldShell } from './FieldShell';
import { useDraft } from './use-draft';

const kindMessages: Readonly<Record<TypedKind, (typeof inspectorMessages)['typeText']>> = {
  text: inspectorMessages.typeText,
  number: inspectorMessages.typeNumber,
  boolean: inspectorMessages.typeBoolean,
  null: inspectorMessages.typeNull,
  json: inspectorMessages.typeJson,
};

/**
 * A value of any type typed as text; a hint says how it is read (number, yes/no, text, list), and
 * how to type each kind is explained to screen readers and on hover rather than under every row.
 */
export function UnknownField({ model, path, value, onChange, label }: FieldProps<UnknownModel>) {
  const { t, idFor } = useForm();
  const [text, edit] = useDraft(value, formatTypedValue, parseTypedValue);
  const hintId = `${idFor(path)}-typed`;
  const howTo = t(inspectorMessages.typedHelp);
  return (
    <FieldShell model={model} path={path} label={label ?? model.label} describedBy={hintId}>
      {(aria) => (
        <div className="typed-value">
          <input
            {...aria}
            type="text"
            value={text}
            title={howTo}
            onChange={(event) => onChange(edit(event.target.value))}
          />
          <span className="typed-kind" id={hintId}>
            {value === undefined ? null : t(inspectorMessages.typedAs, { type: t(kindMessages[typedKindOf(value)]) })}
            <span className="visually-hidden"> {howTo}</span>
          </span>
        </div>
      )}
    </FieldShell>
  );
}
