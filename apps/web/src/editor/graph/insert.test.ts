import { describe, expect, it } from 'vitest';
import { appendAfter, dropNode, insertNodeOnEdge } from './insert';
import { overlapsAny, type SizeOf } from './placement';
import { branchConfig, chain, edge, graphOf, node, testCatalog, waitConfig, wiring } from './test-graph';

const tag = node('tag-1', 'core.tag', { add: ['vip'] });

describe('insertNodeOnEdge', () => {
  it('splices the node into the edge through its first port', () => {
    const after = insertNodeOnEdge(chain(), 'e-t-out', tag, testCatalog);
    expect(wiring(after)).toEqual(['t:out>tag-1', 'tag-1:out>w', 'w:out>end']);
    expect(after.edges.find((e) => e.id === 'e-t-out')?.target).toBe('tag-1');
  });

  it('opens a column by moving the downstream steps right', () => {
    const after = insertNodeOnEdge(chain(), 'e-t-out', tag, testCatalog);
    const x = Object.fromEntries(after.nodes.map((n) => [n.id, n.position.x]));
    expect(x).toEqual({ t: 0, 'tag-1': 320, w: 640, end: 960 });
  });

  it('leaves the rest alone when there is room', () => {
    const wide = graphOf(
      [node('t', 'core.trigger.api'), node('end', 'core.end', {}, { x: 900, y: 0 })],
      [edge('t', 'out', 'end')],
    );
    const after = insertNodeOnEdge(wide, 'e-t-out', tag, testCatalog);
    expect(after.nodes.find((n) => n.id === 'end')?.position.x).toBe(900);
  });

  it('ends the path at a node without ports', () => {
    const after = insertNodeOnEdge(chain(), 'e-w-out', node('end-2', 'core.end'), testCatalog);
    expect(wiring(after)).toEqual(['t:out>w', 'w:out>end-2']);
  });

  it('ignores an unknown edge', () => {
    const before = chain();
    expect(insertNodeOnEdge(before, 'nope', tag, testCatalog)).toBe(before);
  });
});

describe('appendAfter', () => {
  it('connects the first free port', () => {
    const graph = graphOf(
      [node('b', 'core.branch', branchConfig), node('y', 'core.end', {}, { x: 320, y: 0 })],
      [edge('b', 'true', 'y')],
    );
    const after = appendAfter(graph, 'b', node('wait-1', 'core.wait', waitConfig), testCatalog);
    expect(wiring(after)).toEqual(['b:false>wait-1', 'b:true>y']);
    expect(after.nodes.at(-1)?.position).toEqual({ x: 320, y: 150 });
  });

  it('inserts on the first port when every port is used', () => {
    expect(wiring(appendAfter(chain(), 't', tag, testCatalog))).toEqual(['t:out>tag-1', 'tag-1:out>w', 'w:out>end']);
  });

  it('adds a loose node after a node without ports, or where it was put', () => {
    expect(wiring(appendAfter(chain(), 'end', tag, testCatalog))).toEqual(['t:out>w', 'w:out>end']);
    const loose = appendAfter(chain(), undefined, { ...tag, position: { x: 0, y: 0 } }, testCatalog);
    expect(loose.nodes.at(-1)?.position).toEqual({ x: 0, y: 150 });
  });
});

describe('dropNode', () => {
  const size = { width: 240, height: 96 };
  const at = (x: number, y: number) => ({ ...tag, position: { x, y } });

  it('wires a step dropped on an edge in between its ends, through its first port', () => {
    const after = dropNode(chain(), at(400, 300), 'e-w-out', testCatalog);
    expect(wiring(after)).toEqual(['t:out>w', 'tag-1:out>end', 'w:out>tag-1']);
  });

  it('leaves a trigger or an End step dropped on an edge loose, without cutting the path', () => {
    const trigger = dropNode(chain(), node('t-2', 'core.trigger.api', {}, { x: 0, y: 400 }), 'e-w-out', testCatalog);
    expect(wiring(trigger)).toEqual(['t:out>w', 'w:out>end']);
    const end = dropNode(chain(), node('end-2', 'core.end', {}, { x: 0, y: 400 }), 'e-w-out', testCatalog);
    expect(wiring(end)).toEqual(['t:out>w', 'w:out>end']);
    expect(end.nodes.at(-1)?.position).toEqual({ x: 0, y: 400 });
  });

  it('nudges a step dropped on top of another to the nearest free spot below', () => {
    const after = dropNode(chain(), at(330, 20), undefined, testCatalog);
    const dropped = after.nodes.at(-1);
    expect(dropped?.position.x).toBe(330);
    expect(dropped?.position.y).toBeGreaterThan(20);
    expect(
      overlapsAny({ nodes: after.nodes.slice(0, -1) }, dropped?.position ?? { x: 0, y: 0 }, size, () => size),
    ).toBe(false);
  });

  it('keeps clear of tall cards by their real size', () => {
    const tall: SizeOf = (item) => (item.id === 'w' ? { width: 240, height: 400 } : { width: 240, height: 96 });
    const after = dropNode(chain(), at(320, 200), undefined, testCatalog, tall);
    expect(after.nodes.at(-1)?.position.y).toBeGreaterThanOrEqual(400 + 24);
  });
});
