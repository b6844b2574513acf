import { alwaysPresentCustomerFields } from '@wayfarer/nodes';
import { isPlainObject } from '../model/values';

/**
 * The variables a template can use, as dotted paths (`customer.name`, `event.product`, `now`),
 * read off a preview scope so the menu always matches what the preview can render.
 * `customer.attributes` repeats what is spread into `customer`, so it is not offered twice.
 */
export function templateVariables(scope: Readonly<Record<string, unknown>>): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (isPlainObject(value) && depth < 3) {
      for (const [key, item] of Object.entries(value)) {
        if (!(path === 'customer' && key === 'attributes')) walk(item, path === '' ? key : `${path}.${key}`, depth + 1);
      }
    } else if (path !== '') {
      paths.push(path);
    }
  };
  walk(scope, '', 0);
  return paths;
}

/** A snippet to insert and where in it the caret goes. */
export interface Snippet {
  text: string;
  caret: number;
}

// Values every customer, event and step does not have: the time, and the customer's own fields.
function alwaysHasValue(path: string): boolean {
  if (path === 'now') return true;
  const [root, field] = path.split('.');
  return root === 'customer' && field !== undefined && alwaysPresentCustomerFields.includes(field);
}

/**
 * The Liquid output tag for a variable. A value some customers may lack (`customer.name`, an
 * event property, an earlier step's output) comes with a fallback, `{{ customer.name | default: "" }}`,
 * the caret inside its quotes for the marketer to type it: without one, those customers get nothing.
 */
export function variableTag(path: string): Snippet {
  if (alwaysHasValue(path)) {
    const text = `{{ ${path} }}`;
    return { text, caret: text.length };
  }
  const head = `{{ ${path} | default: "`;
  return { text: `${head}" }}`, caret: head.length };
}

export interface Insertion {
  text: string;
  /** Where the caret goes: where the snippet asks (after it, or inside its fallback). */
  caret: number;
}

/** `snippet` put in place of the selection `[start, end)` of `text` (clamped to the text). */
export function insertAt(text: string, start: number, end: number, snippet: string | Snippet): Insertion {
  const { text: inserted, caret } = typeof snippet === 'string' ? { text: snippet, caret: snippet.length } : snippet;
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + inserted + text.slice(to), caret: from + caret };
}
