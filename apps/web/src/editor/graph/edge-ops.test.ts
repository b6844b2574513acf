import { describe, expect, it } from 'vitest';
import { connect, reconnect } from './edge-ops';
import { chain, edge, graphOf, node, wiring } from './test-graph';

describe('connect', () => {
  it('adds an edge with a fresh id', () => {
    const graph = graphOf([node('a', 'core.trigger.api'), node('b', 'core.end')]);
    const after = connect(graph, { source: 'a', sourceHandle: 'out', target: 'b' });
    expect(after.edges).toEqual([{ id: 'e-a-out', source: 'a', sourceHandle: 'out', target: 'b' }]);
  });

  it('replaces the edge already leaving the same port (one edge per port)', () => {
    const after = connect(chain(), { source: 't', sourceHandle: 'out', target: 'end' });
    expect(wiring(after)).toEqual(['t:out>end', 'w:out>end']);
    expect(after.edges.map((e) => e.id)).toContain('e-t-out-2');
  });

  it('is a no-op for an identical connection', () => {
    const before = chain();
    expect(connect(before, { source: 't', sourceHandle: 'out', target: 'w' })).toBe(before);
  });

  it('cleans up duplicate edges from one port when connecting it again', () => {
    const graph = graphOf(
      [node('a', 'core.trigger.api'), node('b', 'core.end'), node('c', 'core.end')],
      [edge('a', 'out', 'b'), edge('a', 'out', 'c', 'dup')],
    );
    expect(wiring(connect(graph, { source: 'a', sourceHandle: 'out', target: 'b' }))).toEqual(['a:out>b']);
  });
});

describe('reconnect', () => {
  it('moves an edge end and keeps its id', () => {
    const after = reconnect(chain(), 'e-t-out', { source: 't', sourceHandle: 'out', target: 'end' });
    expect(after.edges.find((e) => e.id === 'e-t-out')?.target).toBe('end');
  });

  it('drops the edge the new source port had', () => {
    const after = reconnect(chain(), 'e-t-out', { source: 'w', sourceHandle: 'out', target: 'w' });
    expect(wiring(after)).toEqual(['w:out>w']);
  });

  it('connects when the edge is gone', () => {
    const graph = graphOf([node('a', 'core.trigger.api'), node('b', 'core.end')]);
    expect(wiring(reconnect(graph, 'missing', { source: 'a', sourceHandle: 'out', target: 'b' }))).toEqual(['a:out>b']);
  });
});
