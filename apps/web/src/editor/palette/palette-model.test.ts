import { describe, expect, it } from 'vitest';
import { builtinNodeTypes, createNodeRegistry, listNodeTypes } from '@wayfarer/nodes';
import { firstMatch, paletteGroups } from './palette-model';

const types = (groups: ReturnType<typeof paletteGroups>) =>
  groups.map((group) => [group.category, group.items.map((spec) => spec.type)]);

describe('paletteGroups', () => {
  it('groups every type by category in build order', () => {
    expect(paletteGroups(builtinNodeTypes, '', 'en').map((group) => group.category)).toEqual([
      'triggers',
      'actions',
      'flow',
      'rewards',
    ]);
  });

  it('searches titles in every language, descriptions and type ids', () => {
    expect(types(paletteGroups(builtinNodeTypes, '等待', 'en'))).toEqual([['flow', ['core.wait']]]);
    expect(types(paletteGroups(builtinNodeTypes, 'a/b', 'en'))).toEqual([['flow', ['core.split']]]);
    expect(types(paletteGroups(builtinNodeTypes, 'core.send', 'zh-TW'))).toEqual([['actions', ['core.send']]]);
    expect(paletteGroups(builtinNodeTypes, 'zzz', 'en')).toEqual([]);
  });

  it('filters, and offers the first match', () => {
    const groups = paletteGroups(builtinNodeTypes, '', 'en', (spec) => spec.kind !== 'trigger');
    expect(groups[0]?.category).toBe('actions');
    expect(firstMatch(groups)?.type).toBe('core.tag');
  });
});

describe('the palette agrees with the node type listing', () => {
  it('shows the types in the order and categories nodeTypes.list gives them', () => {
    const registry = createNodeRegistry(builtinNodeTypes);
    const palette = paletteGroups(registry.list(), '', 'en').flatMap((group) =>
      group.items.map((spec) => [spec.category, spec.type, spec.title.en]),
    );
    expect(palette).toEqual(listNodeTypes(registry).map((entry) => [entry.category, entry.type, entry.title.en]));
  });
});
