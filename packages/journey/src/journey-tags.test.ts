import { describe, expect, it } from 'vitest';
import { journeyGraphSchema } from './graph.schema';
import { journeyTagSchema, journeyTagsSchema, MAX_JOURNEY_TAG_LENGTH, tagKey } from './journey-tags';

describe('journey tags', () => {
  it('trims a tag and keeps any script as written', () => {
    expect(journeyTagSchema.parse('  中秋 ')).toBe('中秋');
    expect(journeyTagSchema.parse('VIP members')).toBe('VIP members');
  });

  it('refuses an empty, a too long and an invisible-character tag', () => {
    expect(journeyTagSchema.safeParse('   ').success).toBe(false);
    expect(journeyTagSchema.safeParse('x'.repeat(MAX_JOURNEY_TAG_LENGTH)).success).toBe(true);
    expect(journeyTagSchema.safeParse('x'.repeat(MAX_JOURNEY_TAG_LENGTH + 1)).success).toBe(false);
    expect(journeyTagSchema.safeParse('v\u200Bip').success).toBe(false);
  });

  it('refuses the same tag twice in any case, naming the second', () => {
    const result = journeyTagsSchema.safeParse(['VIP', 'retention', ' vip']);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[2]]);
    expect(tagKey(' VIP ')).toBe(tagKey('vip'));
    expect(journeyTagsSchema.parse(['VIP', '中秋'])).toEqual(['VIP', '中秋']);
  });

  it('is optional in the journey file, so files written before tags still read', () => {
    expect(journeyGraphSchema.parse({ nodes: [] }).tags).toBeUndefined();
    expect(journeyGraphSchema.parse({ nodes: [], tags: [' VIP'] }).tags).toEqual(['VIP']);
    expect(journeyGraphSchema.safeParse({ nodes: [], tags: ['a', 'A'] }).success).toBe(false);
  });
});
