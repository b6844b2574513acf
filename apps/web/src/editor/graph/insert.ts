import type { GraphNode, JourneyGraph } from '@wayfarer/journey';
import { connect } from './edge-ops';
import { COLUMN_WIDTH, ROW_HEIGHT, type PortCatalog, type XY } from './graph-types';
import { createIdAllocator } from './ids';
import { addNodes } from './node-ops';
import { DEFAULT_CARD, downstreamOf, freeSpot, shiftRight, type SizeOf } from './placement';

/**
 * Puts `node` on an edge: source → node → target (through the node's first port). The edge keeps
 * its id and now ends at the new node; steps downstream move right when there is no room.
 */
export function insertNodeOnEdge(
  graph: JourneyGraph,
  edgeId: string,
  node: GraphNode,
  catalog: PortCatalog,
  sizeOf: SizeOf = () => DEFAULT_CARD,
): JourneyGraph {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  const source = graph.nodes.find((candidate) => candidate.id === edge?.source);
  const target = graph.nodes.find((candidate) => candidate.id === edge?.target);
  if (!edge || !source || !target) return graph;
  const needed = source.position.x + 2 * COLUMN_WIDTH - target.position.x;
  const shifted = needed > 0 ? shiftRight(graph, downstreamOf(graph.edges, target.id, source.id), needed) : graph;
  const wanted = { x: source.position.x + COLUMN_WIDTH, y: target.position.y };
  const placed: GraphNode = { ...node, position: freeSpot(shifted, wanted, sizeOf(node), sizeOf) };
  const rewired = {
    ...shifted,
    edges: shifted.edges.map((candidate) => (candidate.id === edgeId ? { ...candidate, target: node.id } : candidate)),
  };
  const withNode = addNodes(rewired, [placed]);
  const firstPort = catalog.portsOf(placed)[0];
  if (!firstPort) return withNode;
  const id = createIdAllocator(withNode).edge(node.id, firstPort.name);
  return {
    ...withNode,
    edges: [...withNode.edges, { id, source: node.id, sourceHandle: firstPort.name, target: target.id }],
  };
}

/**
 * Adds `node` as the next step after `afterId`: from its first free port, or — when every port
 * is taken — inserted on the first port's edge. Without `afterId` the node goes where it was put.
 */
export function appendAfter(
  graph: JourneyGraph,
  afterId: string | undefined,
  node: GraphNode,
  catalog: PortCatalog,
  sizeOf: SizeOf = () => DEFAULT_CARD,
): JourneyGraph {
  const at = (wanted: XY) => freeSpot(graph, wanted, sizeOf(node), sizeOf);
  const after = graph.nodes.find((candidate) => candidate.id === afterId);
  if (!after) return addNodes(graph, [{ ...node, position: at(node.position) }]);
  const ports = catalog.portsOf(after);
  const used = new Set(graph.edges.filter((edge) => edge.source === after.id).map((edge) => edge.sourceHandle));
  const freeIndex = ports.findIndex((port) => !used.has(port.name));
  const free = ports[freeIndex];
  const wanted = { x: after.position.x + COLUMN_WIDTH, y: after.position.y + Math.max(freeIndex, 0) * ROW_HEIGHT };
  if (free) {
    const withNode = addNodes(graph, [{ ...node, position: at(wanted) }]);
    return connect(withNode, { source: after.id, sourceHandle: free.name, target: node.id });
  }
  const firstEdge = graph.edges.find((edge) => edge.source === after.id && edge.sourceHandle === ports[0]?.name);
  if (firstEdge) return insertNodeOnEdge(graph, firstEdge.id, node, catalog, sizeOf);
  return addNodes(graph, [{ ...node, position: at(wanted) }]);
}

/** Whether a step of this kind can go on an edge: it takes a customer in and sends them on. */
export function splitsEdges(node: GraphNode, catalog: PortCatalog): boolean {
  return catalog.kindOf(node.type) !== 'trigger' && catalog.portsOf(node).length > 0;
}

/**
 * A step dropped from the palette: onto `edgeId` (the edge under the pointer) it is wired in
 * between the edge's ends, when it can be; anywhere else it stays loose at the nearest free spot.
 */
export function dropNode(
  graph: JourneyGraph,
  node: GraphNode,
  edgeId: string | undefined,
  catalog: PortCatalog,
  sizeOf: SizeOf = () => DEFAULT_CARD,
): JourneyGraph {
  if (edgeId !== undefined && splitsEdges(node, catalog)) return insertNodeOnEdge(graph, edgeId, node, catalog, sizeOf);
  return addNodes(graph, [{ ...node, position: freeSpot(graph, node.position, sizeOf(node), sizeOf) }]);
}
