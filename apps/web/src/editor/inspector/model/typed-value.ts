// A value of unknown type (a comparison's `value`, a profile attribute) typed into one text box.
// Text that looks like a number, true / false, null or a JSON list / object is read as that; text
// in double quotes stays text, so "123" can still be a string. formatTypedValue is the inverse.

export type TypedKind = 'text' | 'number' | 'boolean' | 'null' | 'json';

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What the box holds, read as a value; empty text is `undefined` (no value). */
export function parseTypedValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (/^(".*"|\[.*\]|\{.*\})$/s.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** The text that parses back to `value`. */
export function formatTypedValue(value: unknown): string {
  // Empty text and no value look the same: an empty box.
  if (value === undefined || value === '') return '';
  if (typeof value === 'string') {
    // Quote text that would otherwise read as another type (or lose its surrounding spaces).
    const ambiguous = parseTypedValue(value) !== value;
    return ambiguous ? JSON.stringify(value) : value;
  }
  return JSON.stringify(value) ?? '';
}

/** How the box's content will be read, for the hint beside it. */
export function typedKindOf(value: unknown): TypedKind {
  if (value === null) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'json';
  return 'text';
}
