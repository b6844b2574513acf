// The form's shape, derived once per node type from its config schema. Components render a
// FieldModel; they never look at zod or JSON Schema, and never at node type names.

/** A value a select can offer (JSON Schema `enum` / `const` values). */
export type EnumValue = string | number | boolean | null;

export interface EnumOption {
  value: EnumValue;
  label: string;
}

/** Presentation every field shares. */
export interface FieldBase {
  /** Property name in the parent object; '' for the root, array items and record values. */
  key: string;
  /**
   * Where the field sits in the schema, `*` standing for any array index or record key
   * (`conditions.*.tag`). Editor facets' `widgets` are keyed by it.
   */
  schemaPath: string;
  label: string;
  help?: string;
  placeholder?: string;
  /** False when the parent object lets the property be left out. */
  required: boolean;
  /** True when `null` is an accepted value. */
  nullable: boolean;
  /** The schema's default, when it has one (`hasDefault` tells `undefined` apart). */
  hasDefault: boolean;
  default?: unknown;
  /** Shown only while the config value at `field` (a root path) is one of `values` (see visibility.ts). */
  visibleWhen?: { field: string; values: readonly EnumValue[] };
}

export type StringFormat =
  | 'text'
  | 'multiline'
  | 'template'
  /** A template holding LINE Flex JSON, with the Flex layout builder. */
  | 'flex'
  | 'time'
  | 'date'
  | 'email'
  | 'url'
  | 'segment'
  | 'coupon-pool'
  | 'badge'
  | 'lottery'
  | 'rich-menu'
  | 'event-name'
  | 'event-property'
  | 'attribute-name'
  | 'tag-name';

export interface StringField extends FieldBase {
  kind: 'string';
  format: StringFormat;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  integer: boolean;
  /** Smallest accepted value (an exclusive bound is folded in for integers). */
  min?: number;
  max?: number;
  /** True when `min` itself is not accepted (exclusive bound on a non-integer). */
  minExclusive: boolean;
  step: number | 'any';
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  options: readonly EnumOption[];
  /** No starting value: a human must pick one (the schema's `.meta({ pick: true })`), e.g. a send's channel. */
  pick?: boolean;
}

/** A fixed value (JSON Schema `const`) that is not a union's discriminator. */
export interface LiteralField extends FieldBase {
  kind: 'literal';
  value: EnumValue;
}

export interface ObjectField extends FieldBase {
  kind: 'object';
  fields: readonly FieldModel[];
}

export interface UnionOption {
  value: EnumValue;
  label: string;
  /** The option's fields, without the discriminator. */
  fields: readonly FieldModel[];
}

/** Objects told apart by one property (`mode`, `subject`): a select switches the sub-form. */
export interface UnionField extends FieldBase {
  kind: 'union';
  discriminator: string;
  discriminatorLabel: string;
  options: readonly UnionOption[];
}

/** `{ amount, unit }`: one row, a number and a unit select. */
export interface DurationField extends FieldBase {
  kind: 'duration';
  amount: NumberField;
  unit: EnumField;
}

/** An array of strings, edited as chips. */
export interface TagsField extends FieldBase {
  kind: 'tags';
  item: StringField;
  minItems: number;
  maxItems?: number;
}

/** Any other array: a list of sub-forms with add / remove / reorder. */
export interface ListField extends FieldBase {
  kind: 'list';
  item: FieldModel;
  minItems: number;
  maxItems?: number;
}

/** An object with free keys (`z.record`): key / value rows. */
export interface RecordField extends FieldBase {
  kind: 'record';
  value: FieldModel;
  /** When keys come from an enum. */
  keyOptions?: readonly string[];
}

/** A value of loosely known type: typed as text, read as number / boolean / JSON when it looks like one. */
export interface UnknownField extends FieldBase {
  kind: 'unknown';
}

export type FieldModel =
  | StringField
  | NumberField
  | BooleanField
  | EnumField
  | LiteralField
  | ObjectField
  | UnionField
  | DurationField
  | TagsField
  | ListField
  | RecordField
  | UnknownField;

/** Exhaustiveness check for switches on `kind`. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
