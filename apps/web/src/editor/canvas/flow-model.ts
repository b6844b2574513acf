import type { Edge, Node } from '@xyflow/react';
import type { GraphEdge, GraphNode } from '@wayfarer/journey';
import type { PortCatalog, XY } from '../graph/graph-types';
import type { Size } from '../store/canvas-slice';
import { estimateCard } from './card-geometry';

/** What a card gets: the document node itself (same object while unchanged) and edges from ports it lacks. */
export type JourneyNodeData = { node: GraphNode; staleHandles: readonly string[] };
export type JourneyFlowNode = Node<JourneyNodeData, 'journey'>;
export type JourneyFlowEdge = Edge<Record<string, never>, 'insertable'>;

export interface FlowNodeInput {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  selected: ReadonlySet<string>;
  drag: ReadonlyMap<string, XY> | null;
  measured: ReadonlyMap<string, Size>;
  catalog: PortCatalog;
}

const NONE: readonly string[] = [];

// Per node object and per list of used handles (both stable between frames): a drag frame
// recomputes nothing here.
const staleCache = new WeakMap<GraphNode, { used: readonly string[] | undefined; stale: readonly string[] }>();

function staleHandlesOf(node: GraphNode, used: readonly string[] | undefined, catalog: PortCatalog): readonly string[] {
  const cached = staleCache.get(node);
  if (cached && cached.used === used) return cached.stale;
  const ports = new Set(catalog.portsOf(node).map((port) => port.name));
  const found = used?.filter((handle) => !ports.has(handle)) ?? [];
  const stale = found.length === 0 ? NONE : found;
  staleCache.set(node, { used, stale });
  return stale;
}

function handlesBySource(edges: readonly GraphEdge[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const edge of edges) index.set(edge.source, [...(index.get(edge.source) ?? []), edge.sourceHandle]);
  return index;
}

function reusable(
  previous: JourneyFlowNode | undefined,
  node: GraphNode,
  selected: boolean,
  position: XY,
  size: Size | undefined,
  stale: readonly string[],
): previous is JourneyFlowNode {
  return (
    previous !== undefined &&
    previous.data.node === node &&
    previous.selected === selected &&
    previous.position.x === position.x &&
    previous.position.y === position.y &&
    previous.measured?.width === size?.width &&
    previous.measured?.height === size?.height &&
    previous.data.staleHandles === stale
  );
}

/**
 * Turns document nodes into React Flow nodes, reusing the previous object of every node that did
 * not change: React Flow then re-renders only the cards that did (the 1,000-node budget).
 */
export function createFlowNodeBuilder(): (input: FlowNodeInput) => JourneyFlowNode[] {
  let cache = new Map<string, JourneyFlowNode>();
  let lastEdges: readonly GraphEdge[] | undefined;
  let handles = new Map<string, string[]>();
  return (input) => {
    if (input.edges !== lastEdges) {
      handles = handlesBySource(input.edges);
      lastEdges = input.edges;
    }
    const next = new Map<string, JourneyFlowNode>();
    const result = input.nodes.map((node) => {
      const previous = cache.get(node.id);
      const selected = input.selected.has(node.id);
      const position = input.drag?.get(node.id) ?? node.position;
      const size = input.measured.get(node.id);
      const stale = staleHandlesOf(node, handles.get(node.id), input.catalog);
      const flowNode: JourneyFlowNode = reusable(previous, node, selected, position, size, stale)
        ? previous
        : {
            id: node.id,
            type: 'journey',
            position,
            selected,
            data: { node, staleHandles: stale },
            ...(size ? { measured: size } : estimateCard(node, input.catalog, stale)),
          };
      next.set(node.id, flowNode);
      return flowNode;
    });
    cache = next;
    return result;
  };
}

/**
 * Turns document edges into React Flow edges, reusing unchanged ones; `name` gives each link its
 * screen-reader words (React Flow's own name would read out the steps' ids).
 */
export function createFlowEdgeBuilder(): (
  edges: readonly GraphEdge[],
  selected: ReadonlySet<string>,
  name: (edge: GraphEdge) => string,
) => JourneyFlowEdge[] {
  let cache = new Map<string, JourneyFlowEdge>();
  let sources = new WeakMap<JourneyFlowEdge, GraphEdge>();
  return (edges, selected, name) => {
    const next = new Map<string, JourneyFlowEdge>();
    const nextSources = new WeakMap<JourneyFlowEdge, GraphEdge>();
    const result = edges.map((edge) => {
      const previous = cache.get(edge.id);
      const isSelected = selected.has(edge.id);
      const ariaLabel = name(edge);
      const flowEdge: JourneyFlowEdge =
        previous &&
        sources.get(previous) === edge &&
        previous.selected === isSelected &&
        previous.ariaLabel === ariaLabel
          ? previous
          : {
              id: edge.id,
              type: 'insertable',
              source: edge.source,
              sourceHandle: edge.sourceHandle,
              target: edge.target,
              selected: isSelected,
              ariaLabel,
            };
      next.set(edge.id, flowEdge);
      nextSources.set(flowEdge, edge);
      return flowEdge;
    });
    cache = next;
    sources = nextSources;
    return result;
  };
}
