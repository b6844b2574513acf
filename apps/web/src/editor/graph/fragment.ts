import type { GraphEdge, GraphNode, JourneyGraph } from '@wayfarer/journey';
import type { Fragment, XY } from './graph-types';
import { createIdAllocator } from './ids';

/** The given nodes and the edges running between them (edges to outside nodes are left behind). */
export function copyFragment(graph: JourneyGraph, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  return {
    nodes: graph.nodes.filter((node) => ids.has(node.id)),
    edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** The fragment with ids that are fresh in `graph`, moved by `offset`: ready to add. */
export function remapFragment(graph: JourneyGraph, fragment: Fragment, offset: XY): Fragment {
  const ids = createIdAllocator(graph);
  const nodeIds = new Map<string, string>();
  const nodes: GraphNode[] = fragment.nodes.map((node) => {
    const id = ids.node(node.type);
    nodeIds.set(node.id, id);
    return { ...node, id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } };
  });
  const edges: GraphEdge[] = [];
  for (const edge of fragment.edges) {
    const source = nodeIds.get(edge.source);
    const target = nodeIds.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ ...edge, id: ids.edge(source, edge.sourceHandle), source, target });
  }
  return { nodes, edges };
}

/** Adds a fragment whose ids are fresh (see `remapFragment`). */
export function addFragment(graph: JourneyGraph, fragment: Fragment): JourneyGraph {
  if (fragment.nodes.length === 0) return graph;
  return { ...graph, nodes: [...graph.nodes, ...fragment.nodes], edges: [...graph.edges, ...fragment.edges] };
}
