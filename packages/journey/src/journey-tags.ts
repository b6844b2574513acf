// Journey tags: short labels a marketer sorts many journeys by ("Mid-Autumn", "VIP", "retention").
// One schema for the API, the JSON file and the UI, so all three refuse the same tags.
import { z } from 'zod';
import { hasInvisibleCharacter } from './names';

/** Longest tag, in characters (after trimming). */
export const MAX_JOURNEY_TAG_LENGTH = 40;
/** Most tags one journey carries. */
export const MAX_JOURNEY_TAGS = 20;

/** One tag: trimmed, 1–40 characters, no invisible characters (a tag that looks right must match). */
export const journeyTagSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_JOURNEY_TAG_LENGTH)
  .refine((tag) => !hasInvisibleCharacter(tag), 'The tag contains an invisible (zero-width) character.');

/** The same tag, whatever its case: "VIP" and "vip" are one tag. */
export function tagKey(tag: string): string {
  return tag.trim().toLocaleLowerCase('en');
}

/** A journey's tags in the order shown: at most 20, none twice (in any case). */
export const journeyTagsSchema = z
  .array(journeyTagSchema)
  .max(MAX_JOURNEY_TAGS)
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      const key = tagKey(tag);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `The tag "${tag}" is listed twice.` });
      seen.add(key);
    });
  });
