import type { z } from 'zod';
import type { Locale } from '../../../app/i18n';
import type {
  EnumField,
  FieldBase,
  FieldModel,
  NumberField,
  StringField,
  StringFormat,
  UnionOption,
} from './field-model';
import { fieldText, optionLabel } from './field-labels';
import { discriminatorGlossary } from './glossary';
import {
  asSchema,
  constantOf,
  discriminatorOf,
  inputJsonSchema,
  resolveRef,
  typesOf,
  withoutNull,
  type JsonSchema,
} from './json-schema';

export interface ModelOptions {
  locale: Locale;
  /** Editor facet widgets: schema path (`*` for array items / record values) → widget name. */
  widgets?: Readonly<Record<string, string>> | undefined;
  /** Editor facet conditions: schema path → the root field and values under which it is shown. */
  visibleWhen?: Readonly<Record<string, { field: string; values: readonly string[] }>> | undefined;
}

interface Site {
  key: string;
  schemaPath: string;
  required: boolean;
  depth: number;
}

interface Walk {
  root: JsonSchema;
  options: ModelOptions;
}

// Deeper than any real config; stops recursive schemas (a tree of nodes) from unrolling forever.
const MAX_DEPTH = 12;

/** The form model of a config schema: what fields to show, with labels in `locale`. */
export function buildFieldModel(schema: z.ZodType, options: ModelOptions): FieldModel {
  const root = inputJsonSchema(schema);
  return fieldOf({ root, options }, root, { key: '', schemaPath: '', required: true, depth: 0 });
}

const childPath = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

function fieldOf(walk: Walk, raw: JsonSchema, site: Site): FieldModel {
  const { schema, nullable } = withoutNull(resolveRef(raw, walk.root));
  const base: FieldBase = {
    key: site.key,
    schemaPath: site.schemaPath,
    ...fieldText(site.key, schema.description, walk.options.locale),
    required: site.required,
    nullable,
    hasDefault: 'default' in schema,
    default: schema.default,
    ...visibleWhenAt(walk.options, site.schemaPath),
  };
  if (site.depth > MAX_DEPTH) return { ...base, kind: 'unknown' };
  const widget = walk.options.widgets?.[site.schemaPath];
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return unionOf(walk, base, union, site) ?? literalsOf(walk, base, union) ?? { ...base, kind: 'unknown' };
  if (schema.const !== undefined) return { ...base, kind: 'literal', value: schema.const };
  // A one-value enum stays a select: it is a choice that has one option so far (a channel list).
  if (schema.enum) return enumOf(base, schema, walk.options.locale);
  const types = typesOf(schema);
  if (types.length !== 1) return { ...base, kind: 'unknown' };
  switch (types[0]) {
    case 'string':
      return stringOf(base, schema, widget);
    case 'number':
    case 'integer':
      return numberOf(base, schema);
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'object':
      return objectOf(walk, base, schema, site, widget);
    case 'array':
      return arrayOf(walk, base, schema, site, widget);
    default:
      return { ...base, kind: 'unknown' };
  }
}

function visibleWhenAt(options: ModelOptions, schemaPath: string): Pick<FieldBase, 'visibleWhen'> {
  const condition = options.visibleWhen?.[schemaPath];
  return condition === undefined ? {} : { visibleWhen: { field: condition.field, values: condition.values } };
}

/** `z.union([z.literal(1), z.literal(2)])`: a union of constants is an enum. */
function literalsOf(walk: Walk, base: FieldBase, union: readonly JsonSchema[]): EnumField | undefined {
  const values = union.map((option) => constantOf(resolveRef(option, walk.root)));
  if (values.some((value) => value === undefined)) return undefined;
  return enumOf(base, { enum: values.map((value) => value?.value ?? null) }, walk.options.locale);
}

function enumOf(base: FieldBase, schema: JsonSchema, locale: Locale): EnumField {
  const options = (schema.enum ?? []).map((value) => ({ value, label: optionLabel(value, locale) }));
  return { ...base, kind: 'enum', options, ...(schema['pick'] === true ? { pick: true } : {}) };
}

// A pattern that accepts clock times and rejects other text is a time of day, whatever its source.
function isTimePattern(pattern: string | undefined): boolean {
  if (pattern === undefined) return false;
  try {
    const regex = new RegExp(pattern);
    return regex.test('09:00') && regex.test('23:59') && !regex.test('') && !regex.test('soon');
  } catch {
    return false;
  }
}

const widgetFormats: Readonly<Record<string, StringFormat>> = {
  template: 'template',
  flex: 'flex',
  textarea: 'multiline',
  time: 'time',
  segment: 'segment',
  'coupon-pool': 'coupon-pool',
  badge: 'badge',
  lottery: 'lottery',
  'rich-menu': 'rich-menu',
  'event-name': 'event-name',
  'event-property': 'event-property',
  'attribute-name': 'attribute-name',
  'tag-name': 'tag-name',
};
const jsonFormats: Readonly<Record<string, StringFormat>> = {
  email: 'email',
  uri: 'url',
  url: 'url',
  date: 'date',
  time: 'time',
};

function stringOf(base: FieldBase, schema: JsonSchema, widget: string | undefined): StringField {
  const format =
    (widget !== undefined ? widgetFormats[widget] : undefined) ??
    (schema.format !== undefined ? jsonFormats[schema.format] : undefined) ??
    (isTimePattern(schema.pattern) ? 'time' : 'text');
  return {
    ...base,
    kind: 'string',
    format,
    minLength: schema.minLength,
    maxLength: schema.maxLength,
    pattern: schema.pattern,
  };
}

function numberOf(base: FieldBase, schema: JsonSchema): NumberField {
  const integer = schema.type === 'integer';
  const exclusive = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  // For integers an exclusive bound is the next whole number; for decimals it stays exclusive.
  const min = exclusive !== undefined ? (integer ? Math.floor(exclusive) + 1 : exclusive) : schema.minimum;
  const max = exclusiveMax !== undefined && integer ? Math.ceil(exclusiveMax) - 1 : (schema.maximum ?? exclusiveMax);
  const step = schema.multipleOf ?? (integer ? 1 : 'any');
  return { ...base, kind: 'number', integer, min, max, minExclusive: exclusive !== undefined && !integer, step };
}

function objectOf(walk: Walk, base: FieldBase, schema: JsonSchema, site: Site, widget: string | undefined): FieldModel {
  const { properties, additionalProperties } = schema;
  if (properties === undefined && typeof additionalProperties === 'object') {
    const keyOptions = asSchema(schema.propertyNames).enum?.map(String);
    const valueSite = { key: '', schemaPath: childPath(site.schemaPath, '*'), required: true, depth: site.depth + 1 };
    return { ...base, kind: 'record', value: fieldOf(walk, additionalProperties, valueSite), keyOptions };
  }
  const fields = objectFields(walk, schema, site);
  const amount = fields.find((field) => field.key === 'amount');
  const unit = fields.find((field) => field.key === 'unit');
  // `{ amount, unit }` reads as one quantity ("3 days") wherever it appears.
  const isDuration = fields.length === 2 && amount?.kind === 'number' && unit?.kind === 'enum';
  if ((isDuration || widget === 'duration') && amount?.kind === 'number' && unit?.kind === 'enum') {
    return { ...base, kind: 'duration', amount, unit };
  }
  return { ...base, kind: 'object', fields };
}

function objectFields(walk: Walk, schema: JsonSchema, site: Site): FieldModel[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, property]) =>
    fieldOf(walk, asSchema(property), {
      key,
      schemaPath: childPath(site.schemaPath, key),
      required: required.has(key),
      depth: site.depth + 1,
    }),
  );
}

function arrayOf(walk: Walk, base: FieldBase, schema: JsonSchema, site: Site, widget: string | undefined): FieldModel {
  // Tuples (positional items) have no list editor; they are typed as a JSON value.
  if (schema.prefixItems || Array.isArray(schema.items)) return { ...base, kind: 'unknown' };
  const itemSite = { key: '', schemaPath: childPath(site.schemaPath, '*'), required: true, depth: site.depth + 1 };
  const item = fieldOf(walk, asSchema(Array.isArray(schema.items) ? undefined : schema.items), itemSite);
  const bounds = { minItems: schema.minItems ?? 0, maxItems: schema.maxItems };
  if (item.kind === 'string' && widget !== 'list') return { ...base, kind: 'tags', item, ...bounds };
  return { ...base, kind: 'list', item, ...bounds };
}

function unionOf(walk: Walk, base: FieldBase, union: readonly JsonSchema[], site: Site): FieldModel | undefined {
  const discriminator = discriminatorOf(union, walk.root);
  if (discriminator === undefined) return undefined;
  const { locale } = walk.options;
  const options: UnionOption[] = union.map((raw) => {
    const option = resolveRef(raw, walk.root);
    const value = constantOf(asSchema(option.properties?.[discriminator]))?.value ?? null;
    const { [discriminator]: _tag, ...properties } = option.properties ?? {};
    const fields = objectFields(walk, { ...option, properties }, site);
    return { value, label: optionLabel(value, locale), fields };
  });
  const first = resolveRef(union[0] ?? {}, walk.root);
  const description = asSchema(first.properties?.[discriminator]).description;
  const discriminatorLabel = fieldText(discriminator, description, locale, discriminatorGlossary).label;
  return { ...base, kind: 'union', discriminator, discriminatorLabel, options };
}
