// Test support: every node type the editor ships with, a model outline that reads like the form,
// and small readers of static markup (the unit project has no DOM).
import { builtinNodeTypes, type AnyNodeTypeSpec } from '@wayfarer/nodes';
import { stampCardNode } from '@wayfarer/node-example';
import { assertNever, type FieldModel } from './model/field-model';

export const allSpecs: readonly AnyNodeTypeSpec[] = [...builtinNodeTypes, stampCardNode];

export function specOf(type: string): AnyNodeTypeSpec {
  const spec = allSpecs.find((candidate) => candidate.type === type);
  if (!spec) throw new Error(`no spec ${type}`);
  return spec;
}

/** A model as nested `kind` descriptions: `{ mode: 'union', … }`, the shape of the generated form. */
export function outline(model: FieldModel): unknown {
  switch (model.kind) {
    case 'object':
      return Object.fromEntries(model.fields.map((field) => [field.key, outline(field)]));
    case 'union':
      return {
        union: model.discriminator,
        options: Object.fromEntries(
          model.options.map((option) => [
            String(option.value),
            Object.fromEntries(option.fields.map((field) => [field.key, outline(field)])),
          ]),
        ),
      };
    case 'list':
      return { list: outline(model.item), min: model.minItems, max: model.maxItems };
    case 'record':
      return { record: outline(model.value) };
    case 'enum':
      return `enum(${model.options.map((option) => String(option.value)).join('|')})`;
    case 'string':
      return model.format === 'text' ? 'string' : `string:${model.format}`;
    case 'number':
      return `${model.integer ? 'integer' : 'number'}[${model.min ?? ''}..${model.max ?? ''}]`;
    case 'duration':
      return 'duration';
    case 'tags':
      return 'tags';
    case 'boolean':
    case 'unknown':
      return model.kind;
    case 'literal':
      return `literal(${String(model.value)})`;
    default:
      return assertNever(model);
  }
}

/** Every start tag of an element in static markup, with its attributes. */
export function elements(html: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g))
      attributes[attribute[1]!] = attribute[2] ?? '';
    found.push(attributes);
  }
  return found;
}

/** The `name`s of every form control in the markup. */
export function controlNames(html: string): string[] {
  return elements(html, '(?:input|select|textarea)').map((element) => element.name ?? '');
}
