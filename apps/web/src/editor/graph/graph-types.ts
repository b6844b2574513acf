import type { GraphEdge, GraphNode, JourneyGraph, NodeKind } from '@wayfarer/journey';
import type { Port } from '@wayfarer/nodes';

/** A document edit: a pure function from one journey graph to the next (the same graph if nothing changed). */
export type GraphOp = (graph: JourneyGraph) => JourneyGraph;

export interface XY {
  x: number;
  y: number;
}

/** Nodes with the edges between them: what copy/paste and duplicate carry. */
export interface Fragment {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/** What graph operations need to know about node types, without knowing any by name. */
export interface PortCatalog {
  /** The node's outgoing ports, in order (never throws, even for an invalid config). */
  portsOf(node: GraphNode): readonly Port[];
  kindOf(type: string): NodeKind | undefined;
}

/** Horizontal distance between layout columns and vertical distance between rows (card size + gap). */
export const COLUMN_WIDTH = 320;
export const ROW_HEIGHT = 150;
