import { describe, expect, it } from 'vitest';
import { updateConfig } from '../graph/node-ops';
import { chain, testCatalog } from '../graph/test-graph';
import { createFlowEdgeBuilder, createFlowNodeBuilder, type FlowNodeInput } from './flow-model';

function input(overrides: Partial<FlowNodeInput> = {}): FlowNodeInput {
  const graph = chain();
  return {
    nodes: graph.nodes,
    edges: graph.edges,
    selected: new Set(),
    drag: null,
    measured: new Map(),
    catalog: testCatalog,
    ...overrides,
  };
}

describe('createFlowNodeBuilder', () => {
  it('reuses the flow node of every node that did not change', () => {
    const build = createFlowNodeBuilder();
    const base = input();
    const first = build(base);
    const graph = updateConfig({ ...chain(), nodes: [...base.nodes], edges: [...base.edges] }, 'w', {
      mode: 'time_of_day',
      time: '09:00',
    });
    const second = build({ ...base, nodes: graph.nodes, selected: new Set(['end']) });
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]?.selected).toBe(true);
  });

  it('shows drag positions without touching the document, and carries measured sizes', () => {
    const build = createFlowNodeBuilder();
    const base = input();
    const first = build(base);
    const dragged = build({
      ...base,
      drag: new Map([['w', { x: 5, y: 6 }]]),
      measured: new Map([['t', { width: 240, height: 80 }]]),
    });
    expect(dragged[1]?.position).toEqual({ x: 5, y: 6 });
    expect(dragged[0]?.measured).toEqual({ width: 240, height: 80 });
    expect(dragged[2]).toBe(first[2]);
  });

  it('lists edges leaving from ports the node no longer has', () => {
    const base = input();
    const edges = [...base.edges, { id: 'x', source: 'w', sourceHandle: 'gone', target: 'end' }];
    const nodes = createFlowNodeBuilder()({ ...base, edges });
    expect(nodes[1]?.data.staleHandles).toEqual(['gone']);
    expect(nodes[0]?.data.staleHandles).toEqual([]);
  });
});

describe('createFlowEdgeBuilder', () => {
  it('reuses unchanged edges and marks selected ones', () => {
    const build = createFlowEdgeBuilder();
    const { edges } = chain();
    const name = (edge: { source: string; target: string }) => `${edge.source} → ${edge.target}`;
    const first = build(edges, new Set(), name);
    const second = build(edges, new Set(['e-w-out']), name);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toMatchObject({ id: 'e-w-out', selected: true, type: 'insertable', sourceHandle: 'out' });
  });

  it('names each link for screen readers and renames it when a step is renamed', () => {
    const build = createFlowEdgeBuilder();
    const { edges } = chain();
    const first = build(edges, new Set(), (edge) => `to ${edge.target}`);
    expect(first.map((edge) => edge.ariaLabel)).toEqual(edges.map((edge) => `to ${edge.target}`));
    const renamed = build(edges, new Set(), (edge) => `to ${edge.target}!`);
    expect(renamed[0]).not.toBe(first[0]);
    expect(renamed[0]?.ariaLabel).toBe(`to ${edges[0]?.target}!`);
  });
});
