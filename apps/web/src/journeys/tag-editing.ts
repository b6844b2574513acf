// Adding a tag in the tags dialog: the API's rules (packages/journey journey-tags), said before
// saving, and the workspace's spelling kept so "vip" typed on one journey joins the "VIP" of others.
import { hasInvisibleCharacter, MAX_JOURNEY_TAG_LENGTH, MAX_JOURNEY_TAGS, tagKey } from '@wayfarer/journey';

export type TagProblem = 'empty' | 'invisible' | 'tooLong' | 'twice' | 'tooMany';

export type AddedTag = { ok: true; tags: string[] } | { ok: false; problem: TagProblem };

/** `tags` with `typed` added at the end (trimmed, in the spelling of `known` if it is one), or why not. */
export function addTag(tags: readonly string[], typed: string, known: readonly string[]): AddedTag {
  const tag = typed.trim();
  if (tag === '') return { ok: false, problem: 'empty' };
  if (hasInvisibleCharacter(tag)) return { ok: false, problem: 'invisible' };
  if (tag.length > MAX_JOURNEY_TAG_LENGTH) return { ok: false, problem: 'tooLong' };
  if (tags.some((existing) => tagKey(existing) === tagKey(tag))) return { ok: false, problem: 'twice' };
  if (tags.length >= MAX_JOURNEY_TAGS) return { ok: false, problem: 'tooMany' };
  return { ok: true, tags: [...tags, known.find((name) => tagKey(name) === tagKey(tag)) ?? tag] };
}

/** `tags` without `tag` (in any case). */
export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((existing) => tagKey(existing) !== tagKey(tag));
}

/** Whether two tag lists hold the same tags in the same order (nothing to save). */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}
