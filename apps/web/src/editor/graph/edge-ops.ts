import type { GraphEdge, JourneyGraph } from '@wayfarer/journey';
import { createIdAllocator } from './ids';

export interface Connection {
  source: string;
  sourceHandle: string;
  target: string;
}

function sameConnection(edge: GraphEdge, connection: Connection): boolean {
  return (
    edge.source === connection.source &&
    edge.sourceHandle === connection.sourceHandle &&
    edge.target === connection.target
  );
}

function fromPort(edge: GraphEdge, connection: Connection): boolean {
  return edge.source === connection.source && edge.sourceHandle === connection.sourceHandle;
}

/**
 * Connects a port to a node. A port leads to exactly one next step, so an existing edge from the
 * same port is replaced (what a marketer means when they drag a new line from a used port).
 */
export function connect(graph: JourneyGraph, connection: Connection): JourneyGraph {
  if (
    graph.edges.some((edge) => sameConnection(edge, connection)) &&
    graph.edges.filter((edge) => fromPort(edge, connection)).length === 1
  ) {
    return graph;
  }
  const id = createIdAllocator(graph).edge(connection.source, connection.sourceHandle);
  const kept = graph.edges.filter((edge) => !fromPort(edge, connection));
  return { ...graph, edges: [...kept, { id, ...connection }] };
}

/** Moves an existing edge to new ends, keeping its id; other edges from the new port give way. */
export function reconnect(graph: JourneyGraph, edgeId: string, connection: Connection): JourneyGraph {
  const existing = graph.edges.find((edge) => edge.id === edgeId);
  if (!existing) return connect(graph, connection);
  if (sameConnection(existing, connection)) return graph;
  const edges = graph.edges
    .filter((edge) => edge.id === edgeId || !fromPort(edge, connection))
    .map((edge) => (edge.id === edgeId ? { ...edge, ...connection } : edge));
  return { ...graph, edges };
}
