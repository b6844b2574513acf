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

/** The Liquid output tag for a variable: `{{ customer.name }}`. */
export function variableTag(path: string): string {
  return `{{ ${path} }}`;
}

export interface Insertion {
  text: string;
  /** Where the caret goes: just after the inserted snippet. */
  caret: number;
}

/** `snippet` put in place of the selection `[start, end)` of `text` (clamped to the text). */
export function insertAt(text: string, start: number, end: number, snippet: string): Insertion {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + snippet + text.slice(to), caret: from + snippet.length };
}
