import { describe, expect, it } from 'vitest';
import { builtinEditors, createEditorRegistry } from '@wayfarer/nodes/editor';
import { branchConfig, node, testCatalog } from '../graph/test-graph';
import { describeCard } from './card-view';

const editors = createEditorRegistry(testCatalog.registry, builtinEditors);

describe('describeCard', () => {
  it('summarises a valid config in the UI language with labelled ports', () => {
    const card = describeCard(node('b', 'core.branch', branchConfig), testCatalog, editors, 'zh-TW');
    expect(card).toMatchObject({
      icon: 'split',
      title: '條件分支',
      summary: '若 標籤 = vip',
      category: 'flow',
      acceptsInput: true,
    });
    expect(card.ports).toEqual([
      { name: 'true', label: '是', required: true },
      { name: 'false', label: '否', required: true },
    ]);
  });

  it('has no summary while the config is incomplete, and no input on triggers', () => {
    const card = describeCard(node('t', 'core.trigger.event', {}), testCatalog, editors, 'en');
    expect(card.summary).toBeUndefined();
    expect(card.acceptsInput).toBe(false);
    expect(card.ports).toEqual([{ name: 'out', label: '', required: true }]);
  });

  it('shows the custom label with the type as caption', () => {
    const labelled = { ...node('e', 'core.end'), data: { config: {}, label: 'Done' } };
    expect(describeCard(labelled, testCatalog, editors, 'en')).toMatchObject({ title: 'Done', caption: 'End' });
  });

  it('copes with unknown node types', () => {
    expect(describeCard(node('x', 'acme.gone'), testCatalog, editors, 'en')).toMatchObject({
      title: 'acme.gone',
      known: false,
      ports: [],
    });
  });
});
