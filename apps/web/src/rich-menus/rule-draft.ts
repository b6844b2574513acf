// The rich-menu rule as the page edits it: an ordered list of "tier / segment → menu" lines.

export type RichMenuRuleDraft =
  { kind: 'tier'; tierKey: string; richMenuId: string } | { kind: 'segment'; segmentId: string; richMenuId: string };

/** A new line: the first tier (or an unchosen one) → no menu chosen yet. */
export function newRuleLine(): RichMenuRuleDraft {
  return { kind: 'tier', tierKey: '', richMenuId: '' };
}

/** The line switched to `kind`, keeping its menu. */
export function withKind(rule: RichMenuRuleDraft, kind: RichMenuRuleDraft['kind']): RichMenuRuleDraft {
  if (rule.kind === kind) return rule;
  return kind === 'tier'
    ? { kind, tierKey: '', richMenuId: rule.richMenuId }
    : { kind, segmentId: '', richMenuId: rule.richMenuId };
}

/** `rules` with the line at `index` moved by `by` places (kept inside the list). */
export function moveLine(rules: readonly RichMenuRuleDraft[], index: number, by: -1 | 1): RichMenuRuleDraft[] {
  const target = index + by;
  if (target < 0 || target >= rules.length) return [...rules];
  const next = [...rules];
  const [line] = next.splice(index, 1);
  if (line !== undefined) next.splice(target, 0, line);
  return next;
}

/** True when every line names its tier or segment and its menu. */
export function isComplete(rules: readonly RichMenuRuleDraft[]): boolean {
  return rules.every(
    (rule) => rule.richMenuId !== '' && (rule.kind === 'tier' ? rule.tierKey !== '' : rule.segmentId !== ''),
  );
}
