import { describe, expect, it } from 'vitest';
import { cyclicComponents, reachableFrom, type Adjacency } from './graph-analysis';

function adjacency(edges: Record<string, string[]>): Adjacency {
  return new Map(Object.entries(edges));
}

function sorted(components: string[][]): string[][] {
  return components.map((component) => [...component].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

describe('reachableFrom', () => {
  it('returns the roots and everything they lead to', () => {
    const graph = adjacency({ t: ['a'], a: ['b', 'c'], b: ['d'], x: ['a'] });
    expect([...reachableFrom(graph, ['t'])].sort()).toEqual(['a', 'b', 'c', 'd', 't']);
  });

  it('handles several roots, cycles and ids with no entry', () => {
    const graph = adjacency({ a: ['b'], b: ['a'], c: [] });
    expect([...reachableFrom(graph, ['a', 'c', 'lonely'])].sort()).toEqual(['a', 'b', 'c', 'lonely']);
  });

  it('returns nothing for no roots', () => {
    expect(reachableFrom(adjacency({ a: ['b'] }), []).size).toBe(0);
  });
});

describe('cyclicComponents', () => {
  it('finds no cycles in a DAG, even with shared targets', () => {
    const graph = adjacency({ a: ['b', 'c'], b: ['d'], c: ['d'] });
    expect(cyclicComponents(['a', 'b', 'c', 'd'], graph)).toEqual([]);
  });

  it('reports a self-loop as a one-node cycle', () => {
    expect(cyclicComponents(['a', 'b'], adjacency({ a: ['b'], b: ['b'] }))).toEqual([['b']]);
  });

  it('reports each strongly connected component once, in path order', () => {
    const graph = adjacency({ t: ['a'], a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'] });
    expect(cyclicComponents(['t', 'a', 'b', 'c', 'd', 'e'], graph)).toEqual(
      expect.arrayContaining([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
    );
    expect(cyclicComponents(['t', 'a', 'b', 'c', 'd', 'e'], graph)).toHaveLength(2);
  });

  it('merges overlapping loops into one component', () => {
    const graph = adjacency({ a: ['b', 'c'], b: ['a'], c: ['a'] });
    expect(sorted(cyclicComponents(['a', 'b', 'c'], graph))).toEqual([['a', 'b', 'c']]);
  });

  it('finds cycles not reachable from the first node', () => {
    const graph = adjacency({ a: [], x: ['y'], y: ['x'] });
    expect(sorted(cyclicComponents(['a', 'x', 'y'], graph))).toEqual([['x', 'y']]);
  });

  it('does not overflow the stack on very deep graphs', () => {
    const size = 50_000;
    const ids = Array.from({ length: size }, (_, index) => `n${index}`);
    const graph = new Map(ids.map((id, index) => [id, index + 1 < size ? [`n${index + 1}`] : ['n0']]));
    const components = cyclicComponents(ids, graph);
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(size);
    expect(reachableFrom(graph, ['n0']).size).toBe(size);
  });
});
