import { describe, expect, it } from 'vitest';
import { addFragment, copyFragment, remapFragment } from './fragment';
import { chain, wiring } from './test-graph';

describe('copy / paste / duplicate', () => {
  it('copies the chosen nodes with the edges between them only', () => {
    const fragment = copyFragment(chain(), ['w', 'end']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['w', 'end']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-w-out']);
  });

  it('pastes with fresh ids, rewired internally, offset', () => {
    const graph = chain();
    const pasted = remapFragment(graph, copyFragment(graph, ['w', 'end']), { x: 40, y: 40 });
    expect(pasted.nodes.map((n) => [n.id, n.position])).toEqual([
      ['wait-1', { x: 360, y: 40 }],
      ['end-1', { x: 680, y: 40 }],
    ]);
    const after = addFragment(graph, pasted);
    expect(wiring(after)).toEqual(['t:out>w', 'w:out>end', 'wait-1:out>end-1']);
    expect(new Set(after.nodes.map((n) => n.id)).size).toBe(5);
  });

  it('pasting twice never collides', () => {
    const graph = chain();
    const fragment = copyFragment(graph, ['w']);
    const once = addFragment(graph, remapFragment(graph, fragment, { x: 40, y: 40 }));
    const twice = addFragment(once, remapFragment(once, fragment, { x: 80, y: 80 }));
    expect(twice.nodes.map((n) => n.id)).toEqual(['t', 'w', 'end', 'wait-1', 'wait-2']);
  });

  it('an empty fragment changes nothing', () => {
    const graph = chain();
    expect(addFragment(graph, { nodes: [], edges: [] })).toBe(graph);
  });
});
