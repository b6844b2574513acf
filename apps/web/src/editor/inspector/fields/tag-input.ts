// Pure rules of the tag picker, kept apart from the component so they can be tested.

/** Commas (also the full-width ，used with Chinese input methods) and newlines separate tags. */
const SEPARATOR = /[,，\n]/;

/** Tags with `text` added: split, trimmed, empty and duplicate tags dropped. */
export function addTags(tags: readonly string[], text: string): string[] {
  const next = [...tags];
  for (const part of text.split(SEPARATOR)) {
    const tag = part.trim();
    if (tag !== '' && !next.includes(tag)) next.push(tag);
  }
  return next;
}

/**
 * What typing `text` into the picker means: complete tags before the last separator are added,
 * the rest stays in the box (so pasting "a, b, c" adds a and b and leaves c to finish).
 */
export function splitTyped(text: string): { complete: string; rest: string } {
  const matches = [...text.matchAll(new RegExp(SEPARATOR, 'g'))];
  const last = matches.at(-1);
  if (last?.index === undefined) return { complete: '', rest: text };
  return { complete: text.slice(0, last.index), rest: text.slice(last.index + 1) };
}
