import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { readPath } from '@wayfarer/journey';
import type { StringField } from '../model/field-model';
import { useForm } from '../form-context';
import { inspectorMessages } from '../messages';
import type { FieldProps } from '../fields/field-props';
import { FieldErrors } from '../fields/FieldErrors';
import { FieldLabel, useInputAria } from '../fields/FieldShell';
import { renderPreview } from './render-preview';
import { defaultSampleCustomer, previewScope, sampleName } from './sample-customer';
import { SampleEditor } from './SampleEditor';
import { TemplatePreview } from './TemplatePreview';
import { sampleSteps } from './step-outputs';
import { useStepVariables } from './step-variables-context';
import { insertAt, templateVariables, variableTag } from './variables';
import { VariableMenu } from './VariableMenu';

const sampleText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** A Liquid template: text area, variable menu, Liquid errors in place, live preview for a sample customer. */
export function TemplateField({ model, path, value, onChange, label }: FieldProps<StringField>) {
  const { t, readOnly, idFor } = useForm();
  const [sample, setSample] = useState(defaultSampleCustomer);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | undefined>(undefined);
  const text = typeof value === 'string' ? value : '';
  const stepVariables = useStepVariables();
  const customerScope = useMemo(() => previewScope(sample, new Date()), [sample]);
  const scope = useMemo(
    () => ({ ...customerScope, steps: sampleSteps(stepVariables) }),
    [customerScope, stepVariables],
  );
  const variables = useMemo(
    // Earlier steps' values first: after a coupon or a draw, its code is what the message is for.
    () => [
      ...stepVariables.map(({ path, label, sample: value }) => ({ path, label, sample: String(value) })),
      ...templateVariables(customerScope).map((name) => ({
        path: name,
        sample: sampleText(readPath(customerScope, name)),
      })),
    ],
    [customerScope, stepVariables],
  );
  const result = useMemo(() => renderPreview(text, scope), [text, scope]);
  const liquidErrorId = `${idFor(path)}-liquid`;
  const aria = useInputAria(model, path, { invalid: !result.ok, describedBy: result.ok ? undefined : liquidErrorId });

  // After an insertion, put the caret just after the variable, as if it had been typed.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === undefined || !textRef.current) return;
    pendingCaret.current = undefined;
    textRef.current.focus();
    textRef.current.setSelectionRange(caret, caret);
  });

  const insert = (variable: string) => {
    const area = textRef.current;
    const inserted = insertAt(
      text,
      area?.selectionStart ?? text.length,
      area?.selectionEnd ?? text.length,
      variableTag(variable),
    );
    pendingCaret.current = inserted.caret;
    onChange(inserted.text);
  };

  return (
    <div className={`field field-template${aria['aria-invalid'] ? ' has-error' : ''}`}>
      <div className="template-head">
        <FieldLabel model={model} htmlFor={aria.id} label={label ?? model.label} />
        <VariableMenu variables={variables} disabled={readOnly} onInsert={insert} />
      </div>
      <textarea
        {...aria}
        ref={textRef}
        className="template-input"
        rows={6}
        spellCheck={false}
        value={text}
        maxLength={model.maxLength}
        onChange={(event) => onChange(event.target.value === '' && !model.required ? undefined : event.target.value)}
      />
      {model.help ? (
        <p className="field-help" id={`${aria.id}-help`}>
          {model.help}
        </p>
      ) : null}
      {result.ok ? null : (
        <p
          className="field-errors liquid-error"
          id={liquidErrorId}
          data-testid="field-error"
          data-path={path}
          data-source="liquid"
        >
          {t(inspectorMessages.templateError, { message: result.message })}
        </p>
      )}
      <FieldErrors path={path} id={`${aria.id}-errors`} />
      <TemplatePreview result={result} name={sampleName(sample)} />
      <SampleEditor sample={sample} onChange={setSample} />
    </div>
  );
}
