// Keyword patterns for what customers type (LINE keyword replies, `matches` conditions). Pure and
// linear-time: a pattern is never a regular expression, so no customer message can make a match
// run away (ReDoS), and a marketer writes `*coupon*` or `優惠*` without learning regex syntax.

/** The wildcard: any run of characters (also none). */
export const PATTERN_WILDCARD = '*';

/**
 * Text as keywords are compared: Unicode NFKC (full-width ＡＢＣ１２３ and half-width katakana fold
 * to their usual forms), lower case, outer spaces trimmed, inner runs of white space made one space.
 */
export function normalizeKeywordText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** Splits a normalized pattern at its wildcards, keeping the literal pieces in order. */
function piecesOf(pattern: string): string[] {
  return pattern.split(PATTERN_WILDCARD);
}

/**
 * True when the whole of `text` matches `pattern` (after normalizing both): literal pieces in
 * order, `*` standing for any run of characters. `優惠` matches only 優惠; `*優惠*` anything that
 * contains it; `coupon*` anything that starts with it. A greedy left-to-right scan: each piece is
 * found once, so the cost is linear in the text.
 */
export function matchesTextPattern(text: string, pattern: string): boolean {
  const subject = normalizeKeywordText(text);
  const pieces = piecesOf(normalizeKeywordText(pattern));
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return subject === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (!subject.startsWith(first) || subject.length < first.length + last.length) return false;
  let position = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = subject.indexOf(piece, position);
    if (found === -1) return false;
    position = found + piece.length;
  }
  return subject.length - last.length >= position && subject.endsWith(last);
}

/** True when `text` matches any of the patterns (an empty list matches nothing). */
export function matchesAnyTextPattern(text: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesTextPattern(text, pattern));
}

/** The pattern that finds `keyword` anywhere in a message (`*keyword*`). */
export function containsPattern(keyword: string): string {
  return `${PATTERN_WILDCARD}${keyword}${PATTERN_WILDCARD}`;
}
