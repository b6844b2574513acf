import type { GraphEdge, GraphNode, JourneyGraph } from '@wayfarer/journey';
import { ROW_HEIGHT, type XY } from './graph-types';

export interface CardSize {
  width: number;
  height: number;
}

/** How big a node's card is on the canvas (measured, or estimated from its ports). */
export type SizeOf = (node: GraphNode) => CardSize;

/** A card's size when nothing better is known: the width of every card, a one-port card's height. */
export const DEFAULT_CARD: CardSize = { width: 240, height: 96 };
const fixedSize: SizeOf = () => DEFAULT_CARD;

/** Space kept free around a card, so handles and count badges stay clear of neighbours. */
const GAP = 24;

/** Whether a card of `size` at `at` would cover (or touch within the gap) any node of the graph. */
export function overlapsAny(graph: Pick<JourneyGraph, 'nodes'>, at: XY, size: CardSize, sizeOf: SizeOf): boolean {
  return graph.nodes.some((node) => {
    const other = sizeOf(node);
    return (
      at.x < node.position.x + other.width + GAP &&
      node.position.x < at.x + size.width + GAP &&
      at.y < node.position.y + other.height + GAP &&
      node.position.y < at.y + size.height + GAP
    );
  });
}

/**
 * The nearest spot at or below `wanted` (a row at a time) where a new card of `size` covers no
 * other card: a dropped or added step never lands on top of another.
 */
export function freeSpot(
  graph: Pick<JourneyGraph, 'nodes'>,
  wanted: XY,
  size: CardSize = DEFAULT_CARD,
  sizeOf: SizeOf = fixedSize,
): XY {
  const spot = { ...wanted };
  for (let tries = 0; tries < 500 && overlapsAny(graph, spot, size, sizeOf); tries++) spot.y += ROW_HEIGHT;
  return spot;
}

/** Ids reachable from `start` (included), never walking through `stop`. */
export function downstreamOf(edges: readonly GraphEdge[], start: string, stop: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    for (const target of next.get(id) ?? []) {
      if (target === stop || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/** Moves the given nodes right by `dx`, to open a column for an inserted step. */
export function shiftRight(graph: JourneyGraph, ids: ReadonlySet<string>, dx: number): JourneyGraph {
  if (dx <= 0 || ids.size === 0) return graph;
  const nodes = graph.nodes.map((node) =>
    ids.has(node.id) ? { ...node, position: { x: node.position.x + dx, y: node.position.y } } : node,
  );
  return { ...graph, nodes };
}
