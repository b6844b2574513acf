import { z } from 'zod';

// Reading zod's JSON Schema output (draft 2020-12, `io: 'input'`). Input mode is what a form edits:
// defaults are visible and optional-with-default fields are not required.

export type JsonSchema = z.core.JSONSchema.JSONSchema;
type SchemaRef = z.core.JSONSchema._JSONSchema;
export type JsonType = z.core.JSONSchema.SchemaType;

const cache = new WeakMap<z.ZodType, JsonSchema>();

/**
 * The JSON Schema of a config schema, cached per schema. Parts JSON Schema cannot express
 * (transforms' outputs, dates, custom types) come back as `{}`, which the form edits as a typed value.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const cached = cache.get(schema);
  if (cached) return cached;
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    // A schema zod cannot convert (e.g. a cycle it rejects) still gets an editable, if plain, form.
    json = {};
  }
  cache.set(schema, json);
  return json;
}

/** `true` / missing → anything; `false` → nothing (treated as anything: the form never offers it). */
export function asSchema(ref: SchemaRef | undefined): JsonSchema {
  return typeof ref === 'object' ? ref : {};
}

/** Follows a local `$ref` (`#` or `#/$defs/Name`), as zod emits for recursive schemas. */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (ref === undefined) return schema;
  if (ref === '#') return root;
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  // Sibling keywords of $ref (description, default) are the use site's and win.
  const { $ref: _ref, ...siblings } = schema;
  return target ? { ...target, ...siblings } : siblings;
}

/** The `type` keyword as a list. */
export function typesOf(schema: JsonSchema): JsonType[] {
  const { type } = schema;
  if (type === undefined) return [];
  return Array.isArray(type) ? type : [type];
}

/** Splits `X | null` into X and a nullable flag (zod emits `anyOf: [X, {type: null}]` or `type: [t, 'null']`). */
export function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const isNull = (option: JsonSchema) => option.type === 'null';
  const anyOf = schema.anyOf;
  if (anyOf && anyOf.length === 2 && anyOf.some(isNull)) {
    const other = anyOf.find((option) => !isNull(option)) ?? {};
    const { anyOf: _anyOf, ...rest } = schema;
    return { schema: { ...other, ...rest }, nullable: true };
  }
  const types = typesOf(schema);
  if (types.length === 2 && types.includes('null')) {
    return { schema: { ...schema, type: types.find((type) => type !== 'null') }, nullable: true };
  }
  return { schema, nullable: false };
}

/** The single fixed value of a `const` or one-value `enum`, if the schema is one. */
export function constantOf(schema: JsonSchema): { value: string | number | boolean | null } | undefined {
  if (schema.const !== undefined) return { value: schema.const };
  if (schema.enum?.length === 1) return { value: schema.enum[0] ?? null };
  return undefined;
}

/** The property every option fixes to a distinct constant: a discriminated union's tag. */
export function discriminatorOf(options: readonly JsonSchema[], root: JsonSchema): string | undefined {
  const objects = options.map((option) => resolveRef(option, root));
  const first = objects[0];
  if (!first?.properties || objects.length < 2) return undefined;
  return Object.keys(first.properties).find((key) => {
    const values = objects.map((option) => constantOf(asSchema(option.properties?.[key]))?.value);
    return values.every((value) => value !== undefined) && new Set(values).size === values.length;
  });
}
