import { assertNever, type FieldModel } from '../model/field-model';
import { currentOption } from '../model/union-option';
import { asArray, asRecord } from '../model/values';
import { isShown } from '../model/visibility';

const child = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/**
 * Every path at which the form, showing `value`, has a place for errors. Mirrors what the field
 * components render, so errors can be placed where a user will see them.
 */
export function renderedPaths(
  model: FieldModel,
  value: unknown,
  path = '',
  into = new Set<string>(),
  root: unknown = value,
): Set<string> {
  into.add(path);
  const visit = (field: FieldModel, item: unknown, at: string) => {
    if (isShown(field, root)) renderedPaths(field, item, at, into, root);
  };
  switch (model.kind) {
    case 'object':
      for (const field of model.fields) visit(field, asRecord(value)[field.key], child(path, field.key));
      break;
    case 'union': {
      into.add(child(path, model.discriminator));
      for (const field of currentOption(model, value)?.fields ?? [])
        visit(field, asRecord(value)[field.key], child(path, field.key));
      break;
    }
    case 'duration':
      into.add(child(path, model.amount.key)).add(child(path, model.unit.key));
      break;
    case 'list':
      asArray(value).forEach((item, index) => visit(model.item, item, child(path, index)));
      break;
    case 'record':
      for (const [key, item] of Object.entries(asRecord(value))) visit(model.value, item, child(path, key));
      break;
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'tags':
    case 'unknown':
      break;
    default:
      assertNever(model);
  }
  return into;
}
