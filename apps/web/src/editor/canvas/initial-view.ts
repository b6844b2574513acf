import type { JourneyGraph } from '@wayfarer/journey';
import type { PortCatalog } from '../graph/graph-types';

/** Above this many nodes the canvas renders only what is on screen, and opens at the entry. */
export const LARGE_JOURNEY = 300;
const ENTRY_NODES = 6;

export interface InitialView {
  padding: number;
  maxZoom: number;
  minZoom?: number;
  /** Fit these nodes only (a large journey opens at its triggers, readable, not as confetti). */
  nodes?: { id: string }[];
}

/** Where the canvas opens: the whole journey, or for a large one its first steps from the triggers. */
export function initialView(
  graph: Pick<JourneyGraph, 'nodes' | 'edges'>,
  catalog: Pick<PortCatalog, 'kindOf'>,
): InitialView {
  const base = { padding: 0.15, maxZoom: 1 };
  if (graph.nodes.length <= LARGE_JOURNEY) return base;
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const triggers = graph.nodes.filter((node) => catalog.kindOf(node.type) === 'trigger').map((node) => node.id);
  const queue = triggers.length > 0 ? triggers : graph.nodes.slice(0, 1).map((node) => node.id);
  const seen = new Set(queue);
  for (let index = 0; index < queue.length && seen.size < ENTRY_NODES; index++) {
    for (const target of next.get(queue[index] ?? '') ?? []) {
      if (seen.has(target) || seen.size >= ENTRY_NODES) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return { ...base, minZoom: 0.4, nodes: [...seen].map((id) => ({ id })) };
}
