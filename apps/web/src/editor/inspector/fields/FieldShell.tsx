import type { ReactNode } from 'react';
import type { FieldModel } from '../model/field-model';
import { useForm } from '../form-context';
import { FieldErrors } from './FieldErrors';
import { inspectorMessages } from '../messages';

/** What an input needs to be labelled, described and marked invalid. */
export interface InputAria {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  disabled: boolean;
}

interface FieldShellProps {
  model: FieldModel;
  path: string;
  label: string;
  /** Checkboxes put the label after the box. */
  inline?: boolean;
  /** Id of a further description the field renders itself (e.g. a screen-reader hint). */
  describedBy?: string;
  children: (aria: InputAria) => ReactNode;
}

/**
 * Id, name and ARIA wiring of the input at `path`. `extra` is a description the field renders
 * itself; with `invalid` it is an error (a Liquid syntax error) and marks the input invalid.
 */
export function useInputAria(
  model: FieldModel,
  path: string,
  extra?: { invalid: boolean; describedBy: string | undefined },
): InputAria {
  const { idFor, errorsAt, readOnly } = useForm();
  const id = idFor(path);
  const hasErrors = errorsAt(path).length > 0;
  const describedBy = [model.help ? `${id}-help` : '', hasErrors ? `${id}-errors` : '', extra?.describedBy ?? ''];
  return {
    id,
    name: path,
    'aria-describedby': describedBy.filter(Boolean).join(' ') || undefined,
    'aria-invalid': hasErrors || extra?.invalid || undefined,
    disabled: readOnly,
  };
}

/** The label of a field, marked "(optional)" when it may be left out. */
export function FieldLabel({ model, htmlFor, label }: { model: FieldModel; htmlFor: string; label: string }) {
  const { t } = useForm();
  return (
    <label htmlFor={htmlFor} className="field-label">
      {label}
      {!model.required && !model.hasDefault ? (
        <span className="field-optional"> ({t(inspectorMessages.optional)})</span>
      ) : null}
    </label>
  );
}

/** Label, input, help and errors of one scalar field. */
export function FieldShell({ model, path, label, inline = false, describedBy, children }: FieldShellProps) {
  const aria = useInputAria(model, path, { invalid: false, describedBy });
  const { id } = aria;
  const hasErrors = aria['aria-invalid'] === true;
  const caption = <FieldLabel model={model} htmlFor={id} label={label} />;
  return (
    <div className={`field field-${model.kind}${inline ? ' field-inline' : ''}${hasErrors ? ' has-error' : ''}`}>
      {inline ? (
        <div className="field-inline-row">
          {children(aria)}
          {caption}
        </div>
      ) : (
        <>
          {caption}
          {children(aria)}
        </>
      )}
      {model.help ? (
        <p className="field-help" id={`${id}-help`}>
          {model.help}
        </p>
      ) : null}
      <FieldErrors path={path} id={`${id}-errors`} />
    </div>
  );
}
