import { assertNever, type EnumValue, type FieldModel, type UnionField, type UnionOption } from './field-model';
import { optionDefault } from './default-value';
import { asRecord, isPlainObject } from './values';

/** The option a union value is in, read from its discriminator. */
export function currentOption(model: UnionField, value: unknown): UnionOption | undefined {
  const tag = asRecord(value)[model.discriminator];
  return model.options.find((option) => option.value === tag);
}

/**
 * The value after choosing another option: the new option's defaults, keeping every field of the
 * old value the new option also has and would accept (a condition's `op` survives a switch from
 * attribute to points only if points offers that operator), so switching back and forth loses little.
 */
export function switchOption(model: UnionField, value: unknown, next: EnumValue): Record<string, unknown> {
  const option = model.options.find((candidate) => candidate.value === next);
  const result = optionDefault(model, option);
  const current = asRecord(value);
  for (const field of option?.fields ?? []) {
    const kept = current[field.key];
    if (kept !== undefined && fitsModel(field, kept)) result[field.key] = kept;
  }
  return result;
}

/** A shallow check that a value has the field's type; deeper problems are zod's to report. */
export function fitsModel(model: FieldModel, value: unknown): boolean {
  if (value === null) return model.nullable || model.kind === 'unknown';
  switch (model.kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return model.options.some((option) => option.value === value);
    case 'literal':
      return value === model.value;
    case 'object':
    case 'duration':
    case 'record':
      return isPlainObject(value);
    case 'union':
      return currentOption(model, value) !== undefined;
    case 'tags':
    case 'list':
      return Array.isArray(value);
    case 'unknown':
      return true;
    default:
      return assertNever(model);
  }
}
