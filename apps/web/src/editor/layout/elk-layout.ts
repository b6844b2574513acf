import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { JourneyGraph } from '@wayfarer/journey';
import type { PortCatalog, XY } from '../graph/graph-types';
import type { Size } from '../store/canvas-slice';

export interface LayoutInput {
  graph: Pick<JourneyGraph, 'nodes' | 'edges'>;
  /** Measured card sizes; a default is used for cards not measured yet. */
  sizes: ReadonlyMap<string, Size>;
  defaultSize: Size;
  catalog: PortCatalog;
}

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Keeps the marketer's order of paths (first port on top) instead of reshuffling them.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

const inPort = (id: string) => `${id}::in`;
const outPort = (id: string, port: string) => `${id}::out::${port}`;

function portsOf(input: LayoutInput, node: JourneyGraph['nodes'][number]): ElkPort[] {
  const names = [
    ...new Set([
      ...input.catalog.portsOf(node).map((port) => port.name),
      ...input.graph.edges.filter((edge) => edge.source === node.id).map((edge) => edge.sourceHandle),
    ]),
  ];
  return [
    { id: inPort(node.id), layoutOptions: { 'elk.port.side': 'WEST' } },
    // Fixed order down the east side, as the card draws its handles.
    ...names.map((name, index) => ({
      id: outPort(node.id, name),
      layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(index) },
    })),
  ];
}

/** The journey as an ELK graph: one port per node port, so paths leave in the order they are drawn. */
export function toElkGraph(input: LayoutInput): ElkNode {
  const ids = new Set(input.graph.nodes.map((node) => node.id));
  const children: ElkNode[] = input.graph.nodes.map((node) => ({
    id: node.id,
    ...(input.sizes.get(node.id) ?? input.defaultSize),
    ports: portsOf(input, node),
    layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
  }));
  const edges: ElkExtendedEdge[] = input.graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      sources: [outPort(edge.source, edge.sourceHandle)],
      targets: [inPort(edge.target)],
    }));
  return { id: 'journey', layoutOptions, children, edges };
}

/** Node positions from a laid-out ELK graph, rounded to whole pixels. */
export function positionsFrom(result: ElkNode): Map<string, XY> {
  return new Map(
    (result.children ?? []).map((child) => [child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) }]),
  );
}

/** Lays the journey out left to right with ELK's layered algorithm (loaded on first use). */
export async function layoutJourney(input: LayoutInput): Promise<Map<string, XY>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const result = await new ELK().layout(toElkGraph(input));
  return positionsFrom(result);
}
