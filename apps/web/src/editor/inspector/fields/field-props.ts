import type { FieldModel } from '../model/field-model';

/** Props of every field component: a model, where it sits, its value, and how to change it. */
export interface FieldProps<M extends FieldModel = FieldModel> {
  model: M;
  /** Dotted path of the value in the config ('' for the root); also the input's `name`. */
  path: string;
  value: unknown;
  /** The field's new value; `undefined` leaves an optional property out. */
  onChange: (next: unknown) => void;
  /** Overrides the model's label (list items, record values). */
  label?: string;
  /**
   * Set by an object's form: rewrites the whole object, for a field whose choice fills its
   * siblings (choosing a lottery fills the node's `prizes`).
   */
  onChangeParent?: (update: (parent: Readonly<Record<string, unknown>>) => Record<string, unknown>) => void;
}
