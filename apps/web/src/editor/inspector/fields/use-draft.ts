import { useState } from 'react';

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Text for an input whose value is parsed (numbers, typed values). While what the user typed still
 * means the current value ("1." is 1) their text is kept; when the value changes from outside
 * (undo, another option) the input shows the new value.
 */
export function useDraft(
  value: unknown,
  format: (value: unknown) => string,
  parse: (text: string) => unknown,
): [string, (text: string) => unknown] {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const shown = draft !== undefined && same(parse(draft), value) ? draft : format(value);
  const edit = (text: string) => {
    setDraft(text);
    return parse(text);
  };
  return [shown, edit];
}
