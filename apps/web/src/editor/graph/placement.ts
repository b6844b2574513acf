import type { GraphEdge, JourneyGraph } from '@wayfarer/journey';
import { COLUMN_WIDTH, ROW_HEIGHT, type XY } from './graph-types';

/** The nearest spot at or below `wanted` where a new card would not sit on top of another. */
export function freeSpot(graph: Pick<JourneyGraph, 'nodes'>, wanted: XY): XY {
  const spot = { ...wanted };
  const overlaps = () =>
    graph.nodes.some(
      (node) =>
        Math.abs(node.position.x - spot.x) < COLUMN_WIDTH * 0.7 &&
        Math.abs(node.position.y - spot.y) < ROW_HEIGHT * 0.7,
    );
  for (let tries = 0; tries < 200 && overlaps(); tries++) spot.y += ROW_HEIGHT;
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
