import { readPath } from '@wayfarer/journey';
import type { FieldBase } from './field-model';

/**
 * Whether a field applies to the config as it is now (editor facets' `visibleWhen`): a field
 * without a condition always does. `root` is the whole config, since conditions name root paths.
 */
export function isShown(field: Pick<FieldBase, 'visibleWhen'>, root: unknown): boolean {
  const condition = field.visibleWhen;
  if (condition === undefined) return true;
  const value = readPath(root, condition.field);
  // Not chosen yet (the schema's default applies later): hide nothing rather than guess.
  if (value === undefined) return true;
  return condition.values.some((allowed) => allowed === value);
}
