import { useId, type ReactNode } from 'react';
import './field.css';

/** What a control inside a `Field` must carry so its label, help and error reach assistive tech. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** Shown under the control while there is no error. */
  help?: ReactNode;
  /** A sentence for the marketer; marks the control invalid. */
  error?: ReactNode;
  /** Says "(optional)" after the label. */
  optionalText?: string;
  /** Beside the label, at its right (e.g. "Insert variable"). */
  labelAction?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, a control, and its help or error, wired together with ids. */
export function Field({ label, help, error, optionalText, labelAction, className, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hasError = error !== undefined && error !== null && error !== false;
  const hasHelp = help !== undefined && help !== null;
  const described = hasError || hasHelp ? messageId : undefined;
  return (
    <div className={['ui-field', className ?? ''].filter(Boolean).join(' ')} data-invalid={hasError || undefined}>
      <div className="ui-field__label-row">
        <label htmlFor={id} className="ui-field__label">
          {label}
          {optionalText !== undefined && <span className="ui-field__optional"> {optionalText}</span>}
        </label>
        {labelAction}
      </div>
      {children({ id, 'aria-describedby': described, ...(hasError ? { 'aria-invalid': true as const } : {}) })}
      {hasError ? (
        <p id={messageId} className="ui-field__error" role="alert">
          {error}
        </p>
      ) : (
        hasHelp && (
          <p id={messageId} className="ui-field__help">
            {help}
          </p>
        )
      )}
    </div>
  );
}

/** A sentence about a whole form that did not go through (under the form, above its buttons). */
export function FormError({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="ui-form-error" role="alert" data-testid={testId}>
      {children}
    </p>
  );
}
