import { createContext, useContext, type ComponentType } from 'react';
import type { Locale, LocalizedText } from '../../app/i18n';
import type { FieldError } from './errors/field-errors';
import type { FieldProps } from './fields/field-props';

/** What every field component needs from the inspector around it. */
export interface FormContextValue {
  locale: Locale;
  readOnly: boolean;
  /** The whole value being edited (the node's config): fields shown under a condition read it. */
  root: unknown;
  t: (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;
  /** Errors shown at this path (see placeErrors). */
  errorsAt: (path: string) => readonly FieldError[];
  /** A DOM id for the input of a path, unique per inspector. */
  idFor: (path: string) => string;
  /**
   * Renders any field. Containers (objects, lists, unions) get it from here rather than importing
   * the dispatcher, which imports them.
   */
  Field: ComponentType<FieldProps>;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('Field components render inside <NodeInspector>.');
  return value;
}

/** A child path: `conditions` + 0 → `conditions.0`; the root is ''. */
export function childPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}
