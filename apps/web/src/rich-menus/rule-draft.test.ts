import { describe, expect, it } from 'vitest';
import { isComplete, moveLine, newRuleLine, withKind, type RichMenuRuleDraft } from './rule-draft';

const vip: RichMenuRuleDraft = { kind: 'tier', tierKey: 'vip', richMenuId: 'm1' };
const fans: RichMenuRuleDraft = { kind: 'segment', segmentId: 's1', richMenuId: 'm2' };

describe('the rich-menu rule draft', () => {
  it('moves a line up and down, never out of the list', () => {
    expect(moveLine([vip, fans], 1, -1)).toEqual([fans, vip]);
    expect(moveLine([vip, fans], 0, 1)).toEqual([fans, vip]);
    expect(moveLine([vip, fans], 0, -1)).toEqual([vip, fans]);
    expect(moveLine([vip, fans], 1, 1)).toEqual([vip, fans]);
  });

  it('keeps the menu when a line switches between tier and segment', () => {
    expect(withKind(vip, 'segment')).toEqual({ kind: 'segment', segmentId: '', richMenuId: 'm1' });
    expect(withKind(fans, 'segment')).toBe(fans);
  });

  it('is complete only when every line names what it matches and its menu', () => {
    expect(isComplete([vip, fans])).toBe(true);
    expect(isComplete([])).toBe(true);
    expect(isComplete([vip, newRuleLine()])).toBe(false);
    expect(isComplete([{ ...fans, segmentId: '' }])).toBe(false);
  });
});
