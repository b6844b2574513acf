import { describe, expect, it } from 'vitest';
import { addTag, removeTag, sameTags } from './tag-editing';

describe('editing a journey’s tags', () => {
  it('adds a trimmed tag at the end, in the spelling the workspace already uses', () => {
    expect(addTag(['中秋'], '  retention ', [])).toEqual({ ok: true, tags: ['中秋', 'retention'] });
    expect(addTag([], 'vip', ['VIP', 'retention'])).toEqual({ ok: true, tags: ['VIP'] });
  });

  it('says why a tag cannot be added', () => {
    expect(addTag([], '   ', [])).toEqual({ ok: false, problem: 'empty' });
    expect(addTag([], 'v\u200Bip', [])).toEqual({ ok: false, problem: 'invisible' });
    expect(addTag([], 'x'.repeat(41), [])).toEqual({ ok: false, problem: 'tooLong' });
    expect(addTag(['VIP'], ' vip', [])).toEqual({ ok: false, problem: 'twice' });
    const twenty = Array.from({ length: 20 }, (_, index) => `tag ${index}`);
    expect(addTag(twenty, 'one more', [])).toEqual({ ok: false, problem: 'tooMany' });
  });

  it('removes a tag in any case, and tells an unchanged list', () => {
    expect(removeTag(['VIP', '中秋'], 'vip')).toEqual(['中秋']);
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});
