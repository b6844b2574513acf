import type { GraphEdge, JourneyGraph } from '@wayfarer/journey';

export interface Removal {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

/**
 * Where a customer arriving at `id` would continue once the removed nodes are gone: through
 * removed nodes that have exactly one way out, to the first surviving node.
 */
function survivingTarget(
  id: string,
  removed: ReadonlySet<string>,
  outgoing: ReadonlyMap<string, GraphEdge[]>,
): string | undefined {
  let current = id;
  const seen = new Set<string>();
  while (removed.has(current)) {
    const out = outgoing.get(current) ?? [];
    if (out.length !== 1 || seen.has(current)) return undefined;
    seen.add(current);
    current = out[0]?.target ?? '';
  }
  return current;
}

function outgoingIndex(edges: readonly GraphEdge[], deletedEdges: ReadonlySet<string>): Map<string, GraphEdge[]> {
  const index = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    if (deletedEdges.has(edge.id)) continue;
    index.set(edge.source, [...(index.get(edge.source) ?? []), edge]);
  }
  return index;
}

/**
 * Deletes nodes and edges. Removing a step from the middle of a path keeps the path: its
 * incoming edges are rewired to where its single outgoing edge led (as Braze and Klaviyo do).
 */
export function removeElements(graph: JourneyGraph, { nodeIds, edgeIds }: Removal): JourneyGraph {
  const removed = new Set(nodeIds.filter((id) => graph.nodes.some((node) => node.id === id)));
  const deletedEdges = new Set(edgeIds);
  if (removed.size === 0 && !graph.edges.some((edge) => deletedEdges.has(edge.id))) return graph;
  const outgoing = outgoingIndex(graph.edges, deletedEdges);
  const edges: GraphEdge[] = [];
  for (const edge of graph.edges) {
    if (deletedEdges.has(edge.id) || removed.has(edge.source)) continue;
    if (!removed.has(edge.target)) {
      edges.push(edge);
      continue;
    }
    const target = survivingTarget(edge.target, removed, outgoing);
    if (target !== undefined && target !== edge.source) edges.push({ ...edge, target });
  }
  return { ...graph, nodes: graph.nodes.filter((node) => !removed.has(node.id)), edges };
}
