// Names a journey matches on (events, attributes, tags) are compared exactly, so characters no
// one can see would make a name that looks right never match: they are refused, not stripped.

// Zero-width space, non-joiner and joiner, word joiner, zero-width no-break space (BOM), and the
// soft hyphen: invisible in every editor and font.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Whether `name` holds a character that takes no space on screen (zero-width space, BOM, …). */
export function hasInvisibleCharacter(name: string): boolean {
  return INVISIBLE.test(name);
}
