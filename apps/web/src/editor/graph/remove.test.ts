import { describe, expect, it } from 'vitest';
import { removeElements } from './remove';
import { branchConfig, chain, edge, graphOf, node, waitConfig, wiring } from './test-graph';

describe('removeElements', () => {
  it('removes a middle step and keeps the path joined', () => {
    const after = removeElements(chain(), { nodeIds: ['w'], edgeIds: [] });
    expect(after.nodes.map((n) => n.id)).toEqual(['t', 'end']);
    expect(wiring(after)).toEqual(['t:out>end']);
  });

  it('joins across several removed steps in a row', () => {
    const graph = graphOf(
      [
        node('t', 'core.trigger.api'),
        node('a', 'core.wait', waitConfig),
        node('b', 'core.wait', waitConfig),
        node('end', 'core.end'),
      ],
      [edge('t', 'out', 'a'), edge('a', 'out', 'b'), edge('b', 'out', 'end')],
    );
    expect(wiring(removeElements(graph, { nodeIds: ['a', 'b'], edgeIds: [] }))).toEqual(['t:out>end']);
  });

  it('does not guess a path through a removed branch', () => {
    const graph = graphOf(
      [
        node('t', 'core.trigger.api'),
        node('b', 'core.branch', branchConfig),
        node('y', 'core.end'),
        node('n', 'core.end'),
      ],
      [edge('t', 'out', 'b'), edge('b', 'true', 'y'), edge('b', 'false', 'n')],
    );
    expect(wiring(removeElements(graph, { nodeIds: ['b'], edgeIds: [] }))).toEqual([]);
  });

  it('removes edges on their own, and ignores unknown ids', () => {
    const before = chain();
    expect(wiring(removeElements(before, { nodeIds: [], edgeIds: ['e-w-out'] }))).toEqual(['t:out>w']);
    expect(removeElements(before, { nodeIds: ['nope'], edgeIds: ['nope'] })).toBe(before);
  });

  it('does not heal through an edge that is deleted too, nor into a self-loop', () => {
    expect(wiring(removeElements(chain(), { nodeIds: ['w'], edgeIds: ['e-w-out'] }))).toEqual([]);
    const loop = graphOf(
      [node('a', 'core.wait', waitConfig), node('b', 'core.wait', waitConfig)],
      [edge('a', 'out', 'b'), edge('b', 'out', 'a')],
    );
    expect(wiring(removeElements(loop, { nodeIds: ['b'], edgeIds: [] }))).toEqual([]);
  });
});
