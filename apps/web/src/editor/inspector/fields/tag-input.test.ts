import { describe, expect, it } from 'vitest';
import { addTags, splitTyped } from './tag-input';

describe('tag picker rules', () => {
  it('adds trimmed tags, skipping empty and duplicate ones', () => {
    expect(addTags(['vip'], ' gold , vip,,new ')).toEqual(['vip', 'gold', 'new']);
  });

  it('splits on full-width commas from Chinese input methods too', () => {
    expect(addTags([], '咖啡，茶')).toEqual(['咖啡', '茶']);
  });

  it('adds what is complete before the last separator and keeps the rest typing', () => {
    expect(splitTyped('a, b, c')).toEqual({ complete: 'a, b', rest: ' c' });
    expect(splitTyped('abc')).toEqual({ complete: '', rest: 'abc' });
    expect(splitTyped('abc,')).toEqual({ complete: 'abc', rest: '' });
  });
});
