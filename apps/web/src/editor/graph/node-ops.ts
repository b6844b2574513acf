import type { GraphNode, JourneyGraph } from '@wayfarer/journey';
import type { XY } from './graph-types';

/** Adds nodes (ids must be fresh: see `createIdAllocator`). */
export function addNodes(graph: JourneyGraph, nodes: readonly GraphNode[]): JourneyGraph {
  if (nodes.length === 0) return graph;
  return { ...graph, nodes: [...graph.nodes, ...nodes] };
}

function replaceNodes(graph: JourneyGraph, update: (node: GraphNode) => GraphNode): JourneyGraph {
  let changed = false;
  const nodes = graph.nodes.map((node) => {
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...graph, nodes } : graph;
}

/** Moves nodes to new positions; nodes whose position is unchanged keep their identity. */
export function moveNodes(graph: JourneyGraph, positions: ReadonlyMap<string, XY>): JourneyGraph {
  return replaceNodes(graph, (node) => {
    const next = positions.get(node.id);
    if (!next || (next.x === node.position.x && next.y === node.position.y)) return node;
    return { ...node, position: { x: next.x, y: next.y } };
  });
}

/** Replaces one node's config (kept as typed, even when invalid: the compiler reports why). */
export function updateConfig(graph: JourneyGraph, nodeId: string, config: unknown): JourneyGraph {
  return replaceNodes(graph, (node) =>
    node.id === nodeId && node.data.config !== config ? { ...node, data: { ...node.data, config } } : node,
  );
}

/**
 * Names a node on its card; a blank name falls back to the node type's title. Kept as typed (not
 * trimmed): the field is bound to it, and trimming would eat the space before the next word.
 */
export function setNodeLabel(graph: JourneyGraph, nodeId: string, label: string): JourneyGraph {
  const next = label.trim() === '' ? undefined : label;
  return replaceNodes(graph, (node) => {
    if (node.id !== nodeId || node.data.label === next) return node;
    const { label: _old, ...data } = node.data;
    return { ...node, data: next === undefined ? data : { ...data, label: next } };
  });
}
