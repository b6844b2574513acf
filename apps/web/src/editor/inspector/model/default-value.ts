import {
  assertNever,
  type DurationField,
  type FieldModel,
  type NumberField,
  type UnionField,
  type UnionOption,
} from './field-model';

/**
 * A starting value for a field: the schema's default, else the smallest value that could be valid —
 * the first enum option, the minimum number, `minItems` fresh items. Strings start empty: what a
 * message says or which event to wait for is for a human to type, and so does an enum marked `pick`
 * (which channel a message goes out on). `undefined` means "leave out".
 */
export function defaultValue(model: FieldModel): unknown {
  if (model.hasDefault) return structuredClone(model.default);
  if (!model.required) return undefined;
  switch (model.kind) {
    case 'string':
      return model.format === 'time' ? '09:00' : '';
    case 'number':
      return defaultNumber(model);
    case 'boolean':
      return false;
    case 'enum':
      return model.pick === true ? undefined : (model.options[0]?.value ?? null);
    case 'literal':
      return model.value;
    case 'object':
      return objectDefault(model.fields);
    case 'union':
      return optionDefault(model, simplestOption(model));
    case 'duration':
      return durationDefault(model);
    case 'tags':
      return [];
    case 'list':
      return spreadShares(
        Array.from({ length: model.minItems }, () => defaultValue(model.item)),
        model.item,
      );
    case 'record':
      return Object.fromEntries((model.keyOptions ?? []).map((key) => [key, defaultValue(model.value)]));
    case 'unknown':
      return undefined;
    default:
      return assertNever(model);
  }
}

/** An object with every field that has a starting value. */
export function objectDefault(fields: readonly FieldModel[]): Record<string, unknown> {
  const entries = fields.map((field) => [field.key, defaultValue(field)] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** A union option's starting value, discriminator included. */
export function optionDefault(model: UnionField, option: UnionOption | undefined): Record<string, unknown> {
  if (!option) return {};
  return { [model.discriminator]: option.value, ...objectDefault(option.fields) };
}

// The option with the fewest fields asks least of the marketer (a tag condition before an
// attribute comparison); ties keep the schema's order, so the first option usually wins.
function simplestOption(model: UnionField): UnionOption | undefined {
  return model.options.reduce<UnionOption | undefined>(
    (best, option) => (best && best.fields.length <= option.fields.length ? best : option),
    undefined,
  );
}

function defaultNumber(model: NumberField): number {
  const lowest = model.min === undefined ? 0 : model.minExclusive ? model.min + 1 : model.min;
  return model.max !== undefined && lowest > model.max ? model.max : lowest;
}

// "1 day" is the wait marketers reach for first; any other unit list starts at its first unit.
function durationDefault(model: DurationField): { amount: unknown; unit: unknown } {
  const amount = model.amount.hasDefault ? model.amount.default : Math.max(1, defaultNumber(model.amount));
  const hasDays = model.unit.options.some((option) => option.value === 'days');
  const unit = model.unit.hasDefault ? model.unit.default : hasDays ? 'days' : model.unit.options[0]?.value;
  return { amount, unit };
}

/**
 * Items of a list whose objects carry a required 0–100 number read as shares of a whole (A/B split
 * weights). Spreading 100 across the starting items (50/50, 34/33/33) makes the default satisfy a
 * "must add up to 100" rule without the form knowing which node type it edits.
 */
export function spreadShares(items: unknown[], item: FieldModel): unknown[] {
  if (item.kind !== 'object' || items.length === 0) return items;
  const share = item.fields.find(
    (field) =>
      field.kind === 'number' && field.required && !field.hasDefault && (field.min ?? -1) >= 0 && field.max === 100,
  );
  if (!share) return items;
  const each = Math.floor(100 / items.length);
  const extra = 100 - each * items.length;
  return items.map((value, index) => ({
    ...(value as Record<string, unknown>),
    [share.key]: each + (index < extra ? 1 : 0),
  }));
}
