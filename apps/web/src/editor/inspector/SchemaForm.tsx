import { useCallback, useId, useMemo } from 'react';
import type { z } from 'zod';
import { format, type Locale } from '../../app/i18n';
import { checkConfig, mergeErrors, placeErrors, type FieldError } from './errors/field-errors';
import { renderedPaths } from './errors/rendered-paths';
import { FieldEditor } from './fields/FieldEditor';
import { FieldErrors } from './fields/FieldErrors';
import { FormContext, type FormContextValue } from './form-context';
import { buildFieldModel, type ModelOptions } from './model/schema-to-model';
import './inspector.css';

const NO_ERRORS: readonly FieldError[] = [];

export interface SchemaFormProps {
  schema: z.ZodType;
  widgets?: ModelOptions['widgets'];
  visibleWhen?: ModelOptions['visibleWhen'];
  value: unknown;
  onChange: (value: unknown) => void;
  locale: Locale;
  readOnly?: boolean;
}

/**
 * A form generated from a zod schema with the inspector's field editors (templates with variable
 * menus, per-condition fields), for values that are not a node's config (a library template).
 */
export function SchemaForm({
  schema,
  widgets,
  visibleWhen,
  value,
  onChange,
  locale,
  readOnly = false,
}: SchemaFormProps) {
  const prefix = useId();
  const model = useMemo(
    () => buildFieldModel(schema, { locale, widgets, visibleWhen }),
    [schema, locale, widgets, visibleWhen],
  );
  const placed = useMemo(() => {
    const check = checkConfig(schema, value, locale);
    return placeErrors(mergeErrors(check, []), renderedPaths(model, value));
  }, [schema, value, locale, model]);
  const t = useCallback<FormContextValue['t']>((text, values) => format(text[locale], values), [locale]);
  const form = useMemo<FormContextValue>(
    () => ({
      locale,
      readOnly,
      root: value,
      t,
      errorsAt: (path) => placed.get(path) ?? NO_ERRORS,
      idFor: (path) => `${prefix}-${path.replace(/[^\w.-]/g, '_') || '$root'}`,
      Field: FieldEditor,
    }),
    [locale, readOnly, value, t, placed, prefix],
  );
  return (
    <FormContext.Provider value={form}>
      <form className="inspector-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <FieldErrors path="" id={form.idFor('')} />
        <FieldEditor model={model} path="" value={value} onChange={onChange} />
      </form>
    </FormContext.Provider>
  );
}
